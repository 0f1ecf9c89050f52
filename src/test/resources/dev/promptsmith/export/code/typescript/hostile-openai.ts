// Prompt "hostile's prompt" on model "gpt-4o-mini" (provider openai), exported by Promptsmith.
// It sends the request Promptsmith sends, through the official OpenAI SDK (npm install openai).
// The API key is read from OPENAI_API_KEY; it is not stored in this file.
// Set PROMPTSMITH_BASE_URL to send the request to another address.
import OpenAI from "openai";

const SYSTEM = `Rules: It's "broken" $(rm -rf ~) \`whoami\` \${HOME} $HOME \\n \\ %s %d {} {x}
second line\r
third\ttab 'single' '\\'' éè 中文 😀 \u2028 */ # \u0007 !! EOF
Answer in JSON.`;

const client = new OpenAI({
  apiKey: process.env["OPENAI_API_KEY"],
  baseURL: (process.env["PROMPTSMITH_BASE_URL"] ?? "https://api.openai.com/v1"),
});

export async function hostileSPrompt(ticket: string): Promise<unknown> {
  const user = `<ticket>
${ticket}
</ticket>
`;
  const response = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: SYSTEM },
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
    max_tokens: 77,
    stop: ["END'", "$(stop)"],
    response_format: {
      type: "json_schema",
      json_schema: {
        name: "answer",
        schema: {
          type: "object",
          properties: {
            label: { type: "string", description: "it's $(x) `y`" },
            score: { type: "number", maximum: 1.1 },
          },
          required: ["label"],
        },
        strict: false,
      },
    },
  });
  return JSON.parse(response.choices[0].message.content ?? "null");
}
