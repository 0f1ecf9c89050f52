package dev.promptsmith.project;

import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.ProjectSettings;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Creates a new project folder: {@code promptsmith.yaml} (format version 1, the name, the echo model),
 * one starter prompt, and empty {@code examples.jsonl} and {@code tests.jsonl}.
 */
public final class NewProjectWriter {

    static final String STARTER_PROMPT = "starter";

    private final ProjectSaver saver = new ProjectSaver();
    private final ProjectLoader loader = new ProjectLoader();

    /**
     * @param dir a folder that does not exist yet or holds no project
     * @throws UncheckedIOException when the folder already holds a project or cannot be written
     */
    public LoadedProject create(Path dir, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a project needs a name");
        }
        Path settings = dir.resolve(ProjectLayout.SETTINGS);
        if (Files.exists(settings)) {
            throw new UncheckedIOException(new FileAlreadyExistsException(settings.toString(), null,
                    "the folder already holds a Promptsmith project"));
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e, e);
        }
        Project project = new Project(ProjectSettings.named(name), List.of(starterPrompt()), List.of(), List.of());
        saver.save(dir, project, ProjectSnapshot.empty());
        return loader.load(dir);
    }

    private static PromptVariant starterPrompt() {
        return new PromptVariant(STARTER_PROMPT, "A first prompt to start from", TemplateSyntax.JINJA,
                "You are a helpful assistant. Answer briefly.\n",
                List.of(new MessageTemplate(Role.USER, "{{ input }}\n")),
                FewShot.NONE, OutputSpec.TEXT, ModelParams.NONE);
    }
}
