# Prompt "jinja-triage" on model "claude-sonnet-4-5" (provider anthropic), exported by Promptsmith.
# It sends the request Promptsmith sends, through the official Anthropic Python SDK (pip install anthropic jinja2).
# The API key is read from ANTHROPIC_API_KEY; it is not stored in this file.
# Set PROMPTSMITH_BASE_URL to send the request to another address.
import os
from typing import Any

from jinja2 import Environment, StrictUndefined
from anthropic import Anthropic

# The prompt uses Jinja control flow, so it is rendered with jinja2, which reads the same Jinja
# syntax as Promptsmith's engine (Jinjava); an undefined variable is an error in both.
# A printed true or false is in lower case, as Promptsmith prints it (jinja2 alone writes True).
JINJA = Environment(undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False,
                    finalize=lambda value: str(value).lower() if isinstance(value, bool) else value)

SYSTEM = JINJA.from_string("""\
You label tickets for {{ company }}.
{% for ex in examples %}Example {{ loop.index }}: {{ ex.ticket }} -> {{ ex.output }}
{% endfor %}""")

USER = JINJA.from_string("""\
{% if priority %}[{{ priority | upper }}] {% endif %}{% if vip %}(vip: {{ vip }}) {% endif %}{{ ticket }}
""")

# The few-shot examples, as Promptsmith passes them to the template.
EXAMPLES = [
    {
        "ticket": "Charged twice, it's \"odd\"",
        "id": "ex-1",
        "vars": {"ticket": "Charged twice, it's \"odd\""},
        "output": "billing",
        "tags": ["b"],
    },
    {
        "ticket": "E42 `error` ${x}",
        "id": "ex-2",
        "vars": {"ticket": "E42 `error` ${x}"},
        "output": "technical",
        "tags": [],
    },
]

client = Anthropic(
    api_key=os.environ["ANTHROPIC_API_KEY"],
    base_url=os.environ.get("PROMPTSMITH_BASE_URL", "https://api.anthropic.com/v1").rstrip("/").removesuffix("/v1"),
)


def jinja_triage(company: Any, priority: Any, vip: Any, ticket: Any) -> str:
    system = SYSTEM.render({"company": company, "priority": priority, "vip": vip, "ticket": ticket, "examples": EXAMPLES})
    user = USER.render({"company": company, "priority": priority, "vip": vip, "ticket": ticket, "examples": EXAMPLES})
    response = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=20,
        **({"system": system} if system.strip() else {}),
        messages=[
            {"role": "user", "content": user},
        ],
        temperature=0.0,
    )
    return "".join(block.text for block in response.content if block.type == "text")
