// Prompt "jinja-triage" on model "gpt-4o-mini" (provider openai), exported by Promptsmith.
// It sends the request Promptsmith sends, through the official OpenAI SDK (npm install openai nunjucks).
// The API key is read from OPENAI_API_KEY; it is not stored in this file.
// Set PROMPTSMITH_BASE_URL to send the request to another address.
import OpenAI from "openai";
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

const client = new OpenAI({
  apiKey: process.env["OPENAI_API_KEY"],
  baseURL: (process.env["PROMPTSMITH_BASE_URL"] ?? "https://api.openai.com/v1"),
});

export async function jinjaTriage(company, priority, vip, ticket) {
  const system = jinja.renderString(SYSTEM, { company: company, priority: priority, vip: vip, ticket: ticket, examples: EXAMPLES });
  const user = jinja.renderString(USER, { company: company, priority: priority, vip: vip, ticket: ticket, examples: EXAMPLES });
  const response = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      ...(system.trim() ? [{ role: "system", content: system }] : []),
      { role: "user", content: user },
    ],
    temperature: 0.0,
    max_tokens: 20,
  });
  return response.choices[0].message.content ?? "";
}
