# Prompt "hostile's prompt" on model "gpt-4o-mini" (provider openai), exported by Promptsmith.
# It sends the request Promptsmith sends, through the official OpenAI Python SDK (pip install openai).
# The API key is read from OPENAI_API_KEY; it is not stored in this file.
# Set PROMPTSMITH_BASE_URL to send the request to another address.
import json
import os
from typing import Any

from openai import OpenAI

SYSTEM = """\
Rules: It's \"broken\" $(rm -rf ~) `whoami` ${HOME} $HOME \\n \\ %s %d {} {x}
second line\r
third\ttab 'single' '\\'' éè 中文 😀 \u2028 */ # \x07 !! EOF
Answer in JSON."""

client = OpenAI(
    api_key=os.environ["OPENAI_API_KEY"],
    base_url=os.environ.get("PROMPTSMITH_BASE_URL", "https://api.openai.com/v1"),
)


def hostile_s_prompt(ticket: str) -> Any:
    user = f"<ticket>\n{ticket}\n</ticket>\n"
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SYSTEM},
            {
                "role": "user",
                "content": """\
<ticket>
It's \"broken\" $(rm -rf ~) `whoami` ${HOME} $HOME \\n \\ %s %d {} {{ not }} {x}
second line\r
third\ttab 'single' '\\'' éè 中文 😀 \u2028 */ # \x07 !! EOF
</ticket>
""",
            },
            {"role": "assistant", "content": "{\"label\":\"it's `odd`\"}"},
            {"role": "user", "content": user},
        ],
        temperature=0.25,
        top_p=0.9,
        max_tokens=77,
        stop=["END'", "$(stop)"],
        response_format={
            "type": "json_schema",
            "json_schema": {
                "name": "answer",
                "schema": {
                    "type": "object",
                    "properties": {
                        "label": {"type": "string", "description": "it's $(x) `y`"},
                        "score": {"type": "number", "maximum": 1.1},
                    },
                    "required": ["label"],
                },
                "strict": False,
            },
        },
    )
    return json.loads(response.choices[0].message.content)
