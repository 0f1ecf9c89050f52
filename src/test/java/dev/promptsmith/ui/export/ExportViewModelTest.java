package dev.promptsmith.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Project;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.provider.config.BuiltInProviders;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's view model, without a window, on the support-triage sample. */
class ExportViewModelTest {

    private final Project project = new ProjectLoader().load(Path.of("sample-projects/support-triage")).project();
    private final ExportViewModel model = new ExportViewModel(project, "triage-zero-shot", BuiltInProviders::entries,
            new PromptRenderer(), new BackgroundTasks(Runnable::run, Runnable::run));

    private void choose(String formatId) {
        model.formatProperty().set(model.formats().stream().filter(f -> f.id().equals(formatId)).findFirst().orElseThrow());
    }

    @Test
    void everyKindOfExportIsOffered() {
        assertThat(model.formats()).extracting(ExportViewModel.Format::id)
                .contains("curl", "python-openai", "java-okhttp", "prompty", "promptfoo", "markdown", "openai-chat");
    }

    @Test
    void codeIsPreviewedWithTheChosenTestsVariablesAndNoKey() {
        model.modelProperty().set("gpt-4o-mini");
        model.testProperty().set("t-002");
        choose("curl");

        assertThat(model.previewProperty().get()).contains("$OPENAI_API_KEY").contains("E42 after update");
        assertThat(model.problemsProperty().get()).isEmpty();
    }

    @Test
    void aPromptfooExportHasSeveralFilesAndSavesThemToAFolder(@TempDir Path dir) throws Exception {
        model.modelProperty().set("gpt-4o-mini");
        choose("promptfoo");

        assertThat(model.filesProperty().get()).containsKey("promptfooconfig.yaml").hasSizeGreaterThan(1);
        assertThat(model.save(dir)).hasSize(model.filesProperty().get().size());
        assertThat(Files.readString(dir.resolve("promptfooconfig.yaml"))).contains("openai:chat:gpt-4o-mini");
    }

    @Test
    void aModelWhoseProviderIsNotSetUpSaysSo() {
        model.modelProperty().set("gpt-4o-mini");
        choose("curl");
        ExportViewModel noProviders = new ExportViewModel(project, "triage-zero-shot", java.util.List::of,
                new PromptRenderer(), new BackgroundTasks(Runnable::run, Runnable::run));
        noProviders.modelProperty().set("gpt-4o-mini");
        noProviders.refresh();

        assertThat(noProviders.previewProperty().get()).isEmpty();
        assertThat(noProviders.problemsProperty().get()).contains("No provider 'openai' is set up");
    }
}
