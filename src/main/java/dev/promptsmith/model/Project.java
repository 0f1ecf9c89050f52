package dev.promptsmith.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole project as the engine sees it: settings, prompt variants, few-shot examples, test cases,
 * and the JSON Schemas its prompts refer to.
 *
 * @param schemas the text of each valid schema a prompt refers to, by its project-relative path
 *                ({@code schemas/invoice.json}); read-only data from disk, never written back
 */
public record Project(
        ProjectSettings settings,
        List<PromptVariant> prompts,
        List<Example> examples,
        List<TestCase> tests,
        Map<String, String> schemas) {

    public Project {
        prompts = List.copyOf(prompts);
        examples = List.copyOf(examples);
        tests = List.copyOf(tests);
        schemas = schemas == null ? Map.of() : Map.copyOf(schemas);
    }

    public Project(ProjectSettings settings, List<PromptVariant> prompts, List<Example> examples, List<TestCase> tests) {
        this(settings, prompts, examples, tests, Map.of());
    }

    /** The schema text at {@code path}, if the project has it. */
    public Optional<String> schema(String path) {
        return path == null ? Optional.empty() : Optional.ofNullable(schemas.get(path));
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
        return new Project(newSettings, prompts, examples, tests, schemas);
    }

    public Project withPrompts(List<PromptVariant> newPrompts) {
        return new Project(settings, newPrompts, examples, tests, schemas);
    }

    public Project withExamples(List<Example> newExamples) {
        return new Project(settings, prompts, newExamples, tests, schemas);
    }

    public Project withTests(List<TestCase> newTests) {
        return new Project(settings, prompts, examples, newTests, schemas);
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
