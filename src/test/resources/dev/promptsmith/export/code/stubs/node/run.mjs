// Calls the exported function named third with the arguments in the JSON file named first, in order.
import { readFileSync } from "node:fs";

const module = await import(new URL(process.argv[3], import.meta.url).href);
const args = JSON.parse(readFileSync(process.argv[2], "utf8"));
const result = await module[process.argv[4]](...args);
console.log("RESULT " + JSON.stringify(result));
