# Prompt "class" on model "gpt-4o-mini" (provider openai), exported by Promptsmith.
# It sends the request Promptsmith sends, through the official OpenAI Python SDK (pip install openai).
# The API key is read from OPENAI_API_KEY; it is not stored in this file.
# Set PROMPTSMITH_BASE_URL to send the request to another address.
import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["OPENAI_API_KEY"],
    base_url=os.environ.get("PROMPTSMITH_BASE_URL", "https://api.openai.com/v1"),
)


def class_(system_: str, class__: str, from_: str, response_: str, user_: str, await_: str, body: str) -> str:
    system = f"{system_}"
    user = f"{class__}|{from_}|{response_}|{user_}|{await_}|{body}"
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            *([{"role": "system", "content": system}] if system.strip() else []),
            {"role": "user", "content": user},
        ],
    )
    return response.choices[0].message.content
