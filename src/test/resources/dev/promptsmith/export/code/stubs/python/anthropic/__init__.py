# A stand-in for the anthropic package: prints what the exported code passes to it, answers "ok".
import json
from types import SimpleNamespace


class _Messages:
    def create(self, **kwargs):
        print("CALL " + json.dumps(kwargs))
        if "tool_choice" in kwargs:
            answer = {"value": "ok"} if kwargs["tool_choice"]["name"].endswith("_json_value") else {"label": "ok"}
            return SimpleNamespace(content=[SimpleNamespace(type="tool_use", input=answer)])
        return SimpleNamespace(content=[SimpleNamespace(type="text", text="o"), SimpleNamespace(type="text", text="k")])


class Anthropic:
    def __init__(self, api_key, base_url):
        print("CLIENT " + json.dumps({"api_key": api_key, "base_url": base_url}))
        self.messages = _Messages()
