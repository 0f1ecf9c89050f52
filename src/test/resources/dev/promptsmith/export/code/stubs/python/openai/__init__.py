# A stand-in for the openai package: prints what the exported code passes to it, answers "ok".
import json
from types import SimpleNamespace


class _Completions:
    def create(self, **kwargs):
        print("CALL " + json.dumps(kwargs))
        message = SimpleNamespace(content='{"label": "ok"}' if "response_format" in kwargs else "ok")
        return SimpleNamespace(choices=[SimpleNamespace(message=message)])


class OpenAI:
    def __init__(self, api_key, base_url):
        print("CLIENT " + json.dumps({"api_key": api_key, "base_url": base_url}))
        self.chat = SimpleNamespace(completions=_Completions())
