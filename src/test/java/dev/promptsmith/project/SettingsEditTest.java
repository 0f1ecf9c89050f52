package dev.promptsmith.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.ProjectSettings;
import dev.promptsmith.model.RunDefaults;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits to promptsmith.yaml keep its comments and unknown keys. */
class SettingsEditTest {

    @TempDir
    Path dir;

    private final ProjectLoader loader = new ProjectLoader();
    private final ProjectSaver saver = new ProjectSaver();

    @Test
    void editsMergeIntoTheCommentedFile() {
        ProjectFixtures.rich(dir);

        String saved = editSettings(s -> {
            List<ModelRef> models = new ArrayList<>(s.models());
            models.set(0, new ModelRef("echo", "echo", "echo-2", ModelParams.NONE));
            models.add(new ModelRef("claude", "anthropic", "claude-3-5-haiku", ModelParams.NONE.withMaxTokens(100)));
            List<Assertion> asserts = new ArrayList<>(s.defaultAssert());
            asserts.add(new Assertion("regex", List.of("a", Map.of("b", 1)), 2.0, null));
            return new ProjectSettings(s.name() + " 2", "", models, new RunDefaults(3, 4, 60), asserts, null, null, null);
        });

        assertThat(saved).isEqualTo("""
                # Promptsmith project: support ticket triage
                # (hand-edited; the comments must survive)

                formatVersion: 1
                name: "Support ticket triage 2" # quoted on purpose

                models:
                    - # the free local model first
                      id: echo
                      provider: echo
                      model: echo-2
                    - id: gpt-4o-mini
                      provider: openai
                      model: gpt-4o-mini
                      params:
                        temperature: 0
                        x-seed: 42 # unknown key inside params
                      x-notes: cheap # unknown key on a model
                    - id: claude
                      provider: anthropic
                      model: claude-3-5-haiku
                      params:
                        maxTokens: 100

                defaults:
                  repeats: 3
                  concurrency: 4
                  timeoutSeconds: 60

                defaultAssert:
                    - type: not-icontains
                      value: "as an ai"
                    - type: regex
                      value:
                          - a
                          - b: 1
                      weight: 2

                x-team: # unknown top-level key
                  owner: ana
                  labels: [support, triage]
                """);
    }

    @Test
    void aMissingFormatVersionIsAddedFirstOnSave() {
        ProjectFixtures.write(dir, "promptsmith.yaml", "# my project\nname: Old\n");

        String saved = editSettings(s -> new ProjectSettings("New", s.description(), s.models(), s.defaults(),
                s.defaultAssert(), s.judge(), s.target(), s.budgetUsd()));

        assertThat(saved).isEqualTo("formatVersion: 1\n# my project\nname: New\n");
    }

    @Test
    void unsettingTheBudgetKeepsOtherKeysUnderBudget() {
        ProjectFixtures.write(dir, "promptsmith.yaml",
                "formatVersion: 1\nname: P\nmodels: [{id: echo, provider: echo, model: echo}]\n"
                        + "budget:\n  maxUsdPerRun: 2.5\n  x-monthly: 50\n");

        String saved = editSettings(s -> new ProjectSettings(s.name(), s.description(), s.models(), s.defaults(),
                s.defaultAssert(), s.judge(), s.target(), null));

        assertThat(saved).isEqualTo("formatVersion: 1\nname: P\nmodels: [{id: echo, provider: echo, model: echo}]\n"
                + "budget:\n  x-monthly: 50\n");
    }

    @Test
    void aBudgetWithTheSameAmountIsNotAChange() {
        ProjectFixtures.rich(dir);
        LoadedProject loaded = loader.load(dir);
        ProjectSettings s = loaded.project().settings();
        ProjectSettings sameBudget = new ProjectSettings(s.name(), s.description(), s.models(), s.defaults(),
                s.defaultAssert(), s.judge(), s.target(), new BigDecimal("2.5"));

        SaveResult result = saver.save(dir, loaded.project().withSettings(sameBudget), loaded.snapshot());

        assertThat(result.written()).isEmpty();
    }

    @Test
    void settingsOfAMissingFileAreWrittenOnlyWhenEdited() {
        ProjectFixtures.write(dir, "prompts/p.prompt.yaml", "system: hi\n");
        LoadedProject loaded = loader.load(dir);

        assertThat(saver.save(dir, loaded.project(), loaded.snapshot()).written()).isEmpty();

        String saved = editSettings(s -> new ProjectSettings("Named", s.description(), s.models(), s.defaults(),
                s.defaultAssert(), s.judge(), s.target(), s.budgetUsd()));
        assertThat(saved).isEqualTo("""
                formatVersion: 1
                name: Named
                models:
                  - id: echo
                    provider: echo
                    model: echo
                """);
    }

    private String editSettings(UnaryOperator<ProjectSettings> edit) {
        LoadedProject loaded = loader.load(dir);
        saver.save(dir, loaded.project().withSettings(edit.apply(loaded.project().settings())), loaded.snapshot());
        return ProjectFixtures.read(dir, "promptsmith.yaml");
    }
}
