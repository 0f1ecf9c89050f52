package dev.promptsmith.model;

import java.util.List;
import java.util.Optional;

/** A whole project as the engine sees it: settings, prompt variants, few-shot examples and test cases. */
public record Project(
        ProjectSettings settings,
        List<PromptVariant> prompts,
        List<Example> examples,
        List<TestCase> tests) {

    public Project {
        prompts = List.copyOf(prompts);
        examples = List.copyOf(examples);
        tests = List.copyOf(tests);
    }

    public static Project empty(String name) {
        return new Project(ProjectSettings.named(name), List.of(), List.of(), List.of());
    }

    public Optional<PromptVariant> prompt(String name) {
        return prompts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<TestCase> test(String id) {
        return tests.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Project withSettings(ProjectSettings newSettings) {
        return new Project(newSettings, prompts, examples, tests);
    }

    public Project withPrompts(List<PromptVariant> newPrompts) {
        return new Project(settings, newPrompts, examples, tests);
    }

    public Project withExamples(List<Example> newExamples) {
        return new Project(settings, prompts, newExamples, tests);
    }

    public Project withTests(List<TestCase> newTests) {
        return new Project(settings, prompts, examples, newTests);
    }

    /** Replaces the prompt variant with the same name, or appends it. */
    public Project withPrompt(PromptVariant variant) {
        var list = new java.util.ArrayList<>(prompts);
        int index = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(variant.name())) {
                index = i;
            }
        }
        if (index >= 0) {
            list.set(index, variant);
        } else {
            list.add(variant);
        }
        return withPrompts(list);
    }
}
