package dev.promptsmith.export.code;

import java.util.List;

/** What differs between the official OpenAI and Anthropic Python SDKs in an exported file. */
enum PythonSdk {
    OPENAI("openai", "from openai import OpenAI", "OpenAI", "client.chat.completions.create", "") {
        @Override
        List<String> answer(CallPlan plan) {
            String content = "response.choices[0].message.content";
            return List.of("return " + (plan.jsonOutput() ? "json.loads(" + content + ")" : content));
        }
    },
    ANTHROPIC("anthropic", "from anthropic import Anthropic", "Anthropic", "client.messages.create",
            ".rstrip(\"/\").removesuffix(\"/v1\")") {
        @Override
        List<String> answer(CallPlan plan) {
            if (!plan.jsonOutput()) {
                return List.of("return \"\".join(block.text for block in response.content if block.type == \"text\")");
            }
            // The structured answer arrives as the input of the forced answer tool.
            return List.of("for block in response.content:",
                    "    if block.type == \"tool_use\":",
                    "        return block.input" + (plan.answerWrapped() ? "[\"value\"]" : ""),
                    "raise RuntimeError(\"The model gave no structured answer\")");
        }
    };

    final String packageName;
    final String importLine;
    final String clientClass;
    final String call;
    /** Anthropic's SDK adds {@code /v1/messages} itself, so the base URL loses its {@code /v1}. */
    final String baseUrlFix;

    PythonSdk(String packageName, String importLine, String clientClass, String call, String baseUrlFix) {
        this.packageName = packageName;
        this.importLine = importLine;
        this.clientClass = clientClass;
        this.call = call;
        this.baseUrlFix = baseUrlFix;
    }

    /** The lines that turn {@code response} into the function's result. */
    abstract List<String> answer(CallPlan plan);
}
