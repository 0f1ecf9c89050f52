// Prompt "jinja-triage" on model "claude-sonnet-4-5" (provider anthropic), exported by Promptsmith.
// It sends the request Promptsmith sends, through the official Anthropic SDK (npm install @anthropic-ai/sdk nunjucks).
// The API key is read from ANTHROPIC_API_KEY; it is not stored in this file.
// Set PROMPTSMITH_BASE_URL to send the request to another address.
import Anthropic from "@anthropic-ai/sdk";
import nunjucks from "nunjucks";

// The prompt uses Jinja control flow, so it is rendered with nunjucks, which reads the same Jinja
// syntax as Promptsmith's engine (Jinjava); an undefined variable is an error in both.
const jinja = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true });

const SYSTEM = `You label tickets for {{ company }}.
{% for ex in examples %}Example {{ loop.index }}: {{ ex.ticket }} -> {{ ex.output }}
{% endfor %}`;

const USER = `{% if priority %}[{{ priority | upper }}] {% endif %}{% if vip %}(vip: {{ vip }}) {% endif %}{{ ticket }}
`;

// The few-shot examples, as Promptsmith passes them to the template.
const EXAMPLES = [
  {
    ticket: "Charged twice, it's \"odd\"",
    id: "ex-1",
    vars: { ticket: "Charged twice, it's \"odd\"" },
    output: "billing",
    tags: ["b"],
  },
  {
    ticket: "E42 `error` ${x}",
    id: "ex-2",
    vars: { ticket: "E42 `error` ${x}" },
    output: "technical",
    tags: [],
  },
];

const client = new Anthropic({
  apiKey: process.env["ANTHROPIC_API_KEY"],
  baseURL: (process.env["PROMPTSMITH_BASE_URL"] ?? "https://api.anthropic.com/v1").replace(/\/+$/, "").replace(/\/v1$/, ""),
});

export async function jinjaTriage(company, priority, vip, ticket) {
  const system = jinja.renderString(SYSTEM, { company: company, priority: priority, vip: vip, ticket: ticket, examples: EXAMPLES });
  const user = jinja.renderString(USER, { company: company, priority: priority, vip: vip, ticket: ticket, examples: EXAMPLES });
  const response = await client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 20,
    ...(system.trim() ? { system: system } : {}),
    messages: [
      { role: "user", content: user },
    ],
    temperature: 0.0,
  });
  let text = "";
  for (const block of response.content) {
    if (block.type === "text") {
      text += block.text;
    }
  }
  return text;
}
