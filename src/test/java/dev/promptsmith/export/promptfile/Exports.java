package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.ProjectSettings;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import java.util.List;

/** Small projects built in tests. */
final class Exports {

    private Exports() {
    }

    static Project project(PromptVariant prompt, ModelRef model) {
        return project(prompt, List.of(model), List.of(), List.of());
    }

    static Project project(PromptVariant prompt, List<ModelRef> models, List<Example> examples, List<TestCase> tests) {
        return Project.empty("Test project").withSettings(ProjectSettings.named("Test project").withModels(models))
                .withPrompts(List.of(prompt)).withExamples(examples).withTests(tests);
    }
}
