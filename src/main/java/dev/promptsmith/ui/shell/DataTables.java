package dev.promptsmith.ui.shell;

import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.eval.assertion.MiniLmEmbedder;
import dev.promptsmith.model.Project;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import dev.promptsmith.ui.common.BackgroundTasks;
import dev.promptsmith.ui.examples.DatasetServices;
import dev.promptsmith.ui.examples.ExamplesView;
import dev.promptsmith.ui.examples.ExamplesViewModel;
import dev.promptsmith.ui.examples.SystemFilePicker;
import dev.promptsmith.ui.examples.TestCasesView;
import dev.promptsmith.ui.examples.TestCasesViewModel;

/**
 * The examples and test-case tables as editor tabs: made when first opened, fed the project's
 * records, and handing every edit back to the project (unsaved until Save). Opening another
 * project closes them, so their undo history never spans two projects.
 */
final class DataTables {

    private static final String EXAMPLES_TAB = "examples-table";
    private static final String TESTS_TAB = "tests-table";

    private final MainViewModel main;
    private final BackgroundTasks tasks;
    private final TokenCounter tokens;
    private final PromptRenderer renderer;
    private final EditorTabsView editors;
    private final DatasetServices data = new DatasetServices(AssertionRegistry.standard());
    private ExamplesViewModel examples;
    private TestCasesViewModel tests;

    DataTables(MainViewModel main, BackgroundTasks tasks, TokenCounter tokens, PromptRenderer renderer,
               EditorTabsView editors) {
        this.main = main;
        this.tasks = tasks;
        this.tokens = tokens;
        this.renderer = renderer;
        this.editors = editors;
        main.projectDirProperty().addListener((o, was, now) -> reset());
        // Edits made elsewhere (a result used as expected output, added as an example) reach the tables.
        main.projectProperty().addListener((o, was, now) -> {
            if (now != null && examples != null && !now.examples().equals(examples.records())) {
                examples.setRecords(now.examples());
            }
            if (now != null && tests != null && !now.tests().equals(tests.records())) {
                tests.setRecords(now.tests());
            }
        });
    }

    void open(String kind) {
        Project project = main.getProject();
        if (project == null) {
            return;
        }
        if (ProjectExplorerView.EXAMPLES.equals(kind)) {
            if (examples == null) {
                examples = new ExamplesViewModel(tasks, main::applyExamples, data, tokens, renderer);
                examples.setRecords(project.examples());
                examples.tokenModelProperty().set(main.selectedModels().isEmpty() ? null : main.selectedModels().get(0));
                examples.tokenPromptProperty().set(editors.activePromptProperty().get() != null
                        ? editors.activePromptProperty().get() : project.prompts().stream().findFirst().orElse(null));
            }
            editors.openPanel(EXAMPLES_TAB, "Examples", () -> new ExamplesView(examples, new SystemFilePicker()));
        } else {
            if (tests == null) {
                tests = new TestCasesViewModel(tasks, main::applyTests, data,
                        () -> main.getProject() == null ? java.util.List.of() : main.getProject().examples(),
                        MiniLmEmbedder::new);
                tests.setRecords(project.tests());
            }
            editors.openPanel(TESTS_TAB, "Test cases", () -> new TestCasesView(tests, new SystemFilePicker()));
        }
    }

    private void reset() {
        editors.closePanel(EXAMPLES_TAB);
        editors.closePanel(TESTS_TAB);
        examples = null;
        tests = null;
    }
}
