package dev.promptsmith.ui.examples;

import static dev.promptsmith.ui.examples.Records.DATA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.TestCase;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search, tag and split filters, computed on a background executor that the test runs by hand. */
class RowFilterModelTest {

    private final Records.Queued background = new Records.Queued();
    private TestCasesViewModel viewModel;
    private RowFilterModel<TestCase> filter;

    @BeforeEach
    void setUp() {
        viewModel = new TestCasesViewModel(new BackgroundTasks(background, Runnable::run), l -> { }, DATA, List::of, () -> null);
        viewModel.setRecords(Records.tickets());
        background.runAll();
        filter = viewModel.filter();
    }

    @Test
    void searchIsCaseInsensitiveOverIdsInputsExpectedOutputsAndTags() {
        assertThat(shown("INVOICE")).containsExactly("t-001", "t-005");
        assertThat(shown("account")).containsExactly("t-002", "t-004");
        assertThat(shown("t-003")).containsExactly("t-003");
        assertThat(shown("login")).containsExactly("t-002", "t-004");
        assertThat(shown("  ")).containsExactly("t-001", "t-002", "t-003", "t-004", "t-005");
    }

    @Test
    void searchTagAndSplitCombineAndTheStatusCountsWhatIsShown() {
        filter.tagProperty().set("money");
        background.runAll();
        assertThat(ids()).containsExactly("t-001", "t-003", "t-005");
        filter.splitProperty().set("dev");
        background.runAll();
        assertThat(ids()).containsExactly("t-001", "t-005");
        assertThat(filter.statusProperty().get()).isEqualTo("2 of 5 shown");
        filter.searchProperty().set("vat");
        background.runAll();
        assertThat(ids()).containsExactly("t-005");

        filter.clear();
        background.runAll();
        assertThat(ids()).hasSize(5);
        assertThat(filter.statusProperty().get()).isEmpty();
        assertThat(filter.isActive()).isFalse();
    }

    @Test
    void theTagChoicesAreEveryTagSortedAfterAll() {
        assertThat(filter.tagChoices()).containsExactly(RowFilterModel.ALL, "edge", "login", "money");
    }

    @Test
    void aResultComputedFromStaleInputsIsDropped() {
        filter.searchProperty().set("invoice");
        filter.searchProperty().set("password");
        assertThat(background.tasks).hasSize(2);

        background.tasks.remove(1).run();
        background.tasks.remove(0).run();

        assertThat(ids()).containsExactly("t-002");
    }

    @Test
    void filteringRunsOffTheCallingThreadUntilTheBackgroundTaskRuns() {
        filter.searchProperty().set("password");

        assertThat(ids()).hasSize(5);
        background.runAll();
        assertThat(ids()).containsExactly("t-002");
    }

    @Test
    void aRowAddedUnderAFilterStaysShownUntilTheFilterChanges() {
        filter.searchProperty().set("password");
        background.runAll();

        viewModel.add();
        assertThat(ids()).containsExactly("t-002", "t-006");
        background.runAll();
        assertThat(ids()).containsExactly("t-002", "t-006");
        assertThat(viewModel.selection()).extracting(r -> r.getValue().id()).containsExactly("t-006");

        filter.searchProperty().set("passwor");
        background.runAll();
        assertThat(ids()).containsExactly("t-002");
    }

    @Test
    void anEditThatTakesARowOutOfTheFilterKeepsItUntilTheFilterChangesAndTheChosenTagStaysAChoice() {
        filter.tagProperty().set("edge");
        background.runAll();
        assertThat(ids()).containsExactly("t-003");

        viewModel.select(List.copyOf(filter.shown()));
        viewModel.removeTag("edge");
        background.runAll();
        assertThat(ids()).containsExactly("t-003");
        assertThat(filter.tagChoices()).containsExactly(RowFilterModel.ALL, "login", "money", "edge");
        assertThat(filter.tagProperty().get()).isEqualTo("edge");

        filter.searchProperty().set("charged");
        background.runAll();
        assertThat(ids()).isEmpty();
    }

    private List<String> shown(String search) {
        filter.searchProperty().set(search);
        background.runAll();
        return ids();
    }

    private List<String> ids() {
        return filter.shown().stream().map(r -> r.getValue().id()).toList();
    }
}
