package dev.promptsmith.export.code;

import java.util.List;

/** What differs between the official OpenAI and Anthropic SDKs for JavaScript and TypeScript in an exported file. */
enum ScriptSdk {
    OPENAI("openai", "OpenAI", "client.chat.completions.create", "") {
        @Override
        List<String> answer(CallPlan plan, boolean typed) {
            String content = "response.choices[0].message.content";
            return List.of("return " + (plan.jsonOutput() ? "JSON.parse(" + content + " ?? \"null\")" : content + " ?? \"\"") + ";");
        }
    },
    ANTHROPIC("@anthropic-ai/sdk", "Anthropic", "client.messages.create", ".replace(/\\/+$/, \"\").replace(/\\/v1$/, \"\")") {
        @Override
        List<String> answer(CallPlan plan, boolean typed) {
            if (!plan.jsonOutput()) {
                return List.of("let text = \"\";", "for (const block of response.content) {",
                        "  if (block.type === \"text\") {", "    text += block.text;", "  }", "}", "return text;");
            }
            String input = plan.answerWrapped() ? (typed ? "(block.input as { value: unknown }).value" : "block.input.value")
                    : "block.input";
            // The structured answer arrives as the input of the forced answer tool.
            return List.of("for (const block of response.content) {", "  if (block.type === \"tool_use\") {",
                    "    return " + input + ";", "  }", "}", "throw new Error(\"The model gave no structured answer\");");
        }
    };

    final String packageName;
    final String clientClass;
    final String call;
    /** Anthropic's SDK adds {@code /v1/messages} itself, so the base URL loses its {@code /v1}. */
    final String baseUrlFix;

    ScriptSdk(String packageName, String clientClass, String call, String baseUrlFix) {
        this.packageName = packageName;
        this.clientClass = clientClass;
        this.call = call;
        this.baseUrlFix = baseUrlFix;
    }

    static ScriptSdk of(WireApi wire) {
        return wire == WireApi.ANTHROPIC_MESSAGES ? ANTHROPIC : OPENAI;
    }

    /** The lines that turn {@code response} into the function's result. */
    abstract List<String> answer(CallPlan plan, boolean typed);
}
