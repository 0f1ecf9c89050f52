// Prompt "class" on model "gpt-4o-mini" (provider openai), exported by Promptsmith.
// It sends the request Promptsmith sends, through the official OpenAI SDK (npm install openai).
// The API key is read from OPENAI_API_KEY; it is not stored in this file.
// Set PROMPTSMITH_BASE_URL to send the request to another address.
import OpenAI from "openai";

const client = new OpenAI({
  apiKey: process.env["OPENAI_API_KEY"],
  baseURL: (process.env["PROMPTSMITH_BASE_URL"] ?? "https://api.openai.com/v1"),
});

export async function class_(system_: string, class__: string, from: string, response_: string, user_: string, await_: string, body: string): Promise<string> {
  const system = `${system_}`;
  const user = `${class__}|${from}|${response_}|${user_}|${await_}|${body}`;
  const response = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      ...(system.trim() ? [{ role: "system", content: system }] : []),
      { role: "user", content: user },
    ],
  });
  return response.choices[0].message.content ?? "";
}
