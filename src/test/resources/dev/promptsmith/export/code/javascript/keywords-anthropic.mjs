// Prompt "class" on model "claude-sonnet-4-5" (provider anthropic), exported by Promptsmith.
// It sends the request Promptsmith sends, through the official Anthropic SDK (npm install @anthropic-ai/sdk).
// The API key is read from ANTHROPIC_API_KEY; it is not stored in this file.
// Set PROMPTSMITH_BASE_URL to send the request to another address.
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic({
  apiKey: process.env["ANTHROPIC_API_KEY"],
  baseURL: (process.env["PROMPTSMITH_BASE_URL"] ?? "https://api.anthropic.com/v1").replace(/\/+$/, "").replace(/\/v1$/, ""),
});

export async function class_(system_, class__, from, response_, user_, await_, body) {
  const system = `${system_}`;
  const user = `${class__}|${from}|${response_}|${user_}|${await_}|${body}`;
  const response = await client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 4096,
    ...(system.trim() ? { system: system } : {}),
    messages: [
      { role: "user", content: user },
    ],
  });
  let text = "";
  for (const block of response.content) {
    if (block.type === "text") {
      text += block.text;
    }
  }
  return text;
}
