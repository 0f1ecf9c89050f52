package dev.promptsmith.export.code;

import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.template.TemplateProblem;
import java.util.List;

/** Problems of an export in the user's words, each naming the prompt file it comes from. */
final class PromptProblems {

    private PromptProblems() {
    }

    /** The file a prompt variant lives in, relative to the project folder. */
    static String file(PromptVariant prompt) {
        return "prompts/" + prompt.name() + ".prompt.yaml";
    }

    static String of(PromptVariant prompt, String message) {
        return file(prompt) + ": " + message;
    }

    static List<String> of(PromptVariant prompt, List<TemplateProblem> problems) {
        return problems.stream().map(p -> file(prompt) + ": " + p).toList();
    }
}
