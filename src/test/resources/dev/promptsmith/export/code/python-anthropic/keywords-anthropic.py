# Prompt "class" on model "claude-sonnet-4-5" (provider anthropic), exported by Promptsmith.
# It sends the request Promptsmith sends, through the official Anthropic Python SDK (pip install anthropic).
# The API key is read from ANTHROPIC_API_KEY; it is not stored in this file.
# Set PROMPTSMITH_BASE_URL to send the request to another address.
import os

from anthropic import Anthropic

client = Anthropic(
    api_key=os.environ["ANTHROPIC_API_KEY"],
    base_url=os.environ.get("PROMPTSMITH_BASE_URL", "https://api.anthropic.com/v1").rstrip("/").removesuffix("/v1"),
)


def class_(system_: str, class__: str, from_: str, response_: str, user_: str, await_: str, body: str) -> str:
    system = f"{system_}"
    user = f"{class__}|{from_}|{response_}|{user_}|{await_}|{body}"
    response = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=4096,
        **({"system": system} if system.strip() else {}),
        messages=[
            {"role": "user", "content": user},
        ],
    )
    return "".join(block.text for block in response.content if block.type == "text")
