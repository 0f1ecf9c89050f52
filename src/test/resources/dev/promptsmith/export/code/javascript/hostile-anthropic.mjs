// Prompt "hostile's prompt" on model "claude-sonnet-4-5" (provider anthropic), exported by Promptsmith.
// It sends the request Promptsmith sends, through the official Anthropic SDK (npm install @anthropic-ai/sdk).
// The API key is read from ANTHROPIC_API_KEY; it is not stored in this file.
// Set PROMPTSMITH_BASE_URL to send the request to another address.
import Anthropic from "@anthropic-ai/sdk";

const SYSTEM = `Rules: It's "broken" $(rm -rf ~) \`whoami\` \${HOME} $HOME \\n \\ %s %d {} {x}
second line\r
third\ttab 'single' '\\'' éè 中文 😀 \u2028 */ # \u0007 !! EOF
Answer in JSON.`;

const client = new Anthropic({
  apiKey: process.env["ANTHROPIC_API_KEY"],
  baseURL: (process.env["PROMPTSMITH_BASE_URL"] ?? "https://api.anthropic.com/v1").replace(/\/+$/, "").replace(/\/v1$/, ""),
});

export async function hostileSPrompt(ticket) {
  const user = `<ticket>
${ticket}
</ticket>
`;
  const response = await client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 77,
    system: SYSTEM,
    messages: [
      {
        role: "user",
        content: `<ticket>
It's "broken" $(rm -rf ~) \`whoami\` \${HOME} $HOME \\n \\ %s %d {} {{ not }} {x}
second line\r
third\ttab 'single' '\\'' éè 中文 😀 \u2028 */ # \u0007 !! EOF
</ticket>
`,
      },
      { role: "assistant", content: "{\"label\":\"it's `odd`\"}" },
      { role: "user", content: user },
    ],
    temperature: 0.25,
    top_p: 0.9,
    stop_sequences: ["END'", "$(stop)"],
    tools: [
      {
        name: "answer_json",
        description: "Respond with the requested JSON object.",
        input_schema: {
          type: "object",
          properties: {
            label: { type: "string", description: "it's $(x) `y`" },
            score: { type: "number", maximum: 1.10 },
          },
          required: ["label"],
        },
      },
    ],
    tool_choice: { type: "tool", name: "answer_json" },
  });
  for (const block of response.content) {
    if (block.type === "tool_use") {
      return block.input;
    }
  }
  throw new Error("The model gave no structured answer");
}
