package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Project;
import dev.promptsmith.project.LoadedProject;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.template.PromptRenderer;
import java.nio.file.Path;

/** The sample projects as the exporters see them, and the one set of formats the tests share. */
final class Samples {

    /** One renderer for all tests: Jinjava starts once. */
    static final PromptFileFormats FORMATS = PromptFileFormats.standard(new PromptRenderer());

    private Samples() {
    }

    static Project load(String name) {
        LoadedProject loaded = new ProjectLoader().load(Path.of("sample-projects", name));
        assertThat(loaded.problems()).as("problems loading sample " + name).isEmpty();
        return loaded.project();
    }
}
