package dev.promptsmith.ui.examples;

import static dev.promptsmith.ui.examples.Records.DATA;
import static dev.promptsmith.ui.examples.Records.INLINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.dataset.HeldOutSplitter;
import dev.promptsmith.dataset.LeakagePair;
import dev.promptsmith.dataset.SplitResult;
import dev.promptsmith.dataset.Stratification;
import dev.promptsmith.dataset.StratumSummary;
import dev.promptsmith.eval.assertion.Embedder;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test-case tools without a window: held-out split, leakage check, coverage and export. */
class TestCaseToolsTest {

    @TempDir
    Path dir;

    private final List<List<TestCase>> published = new ArrayList<>();
    private List<Example> examples = List.of();

    @Test
    void theHeldOutPreviewShowsEachStratumAndApplyingItIsOneUndoableEdit() {
        TestCasesViewModel table = table(INLINE, () -> null);
        HeldOutViewModel split = table.startHeldOut();
        assertThat(split.stratifyChoices()).containsExactly("label", "tag:edge", "tag:login", "tag:money");

        split.fractionProperty().set(0.4);
        split.seedProperty().set(7);

        SplitResult expected = new HeldOutSplitter().split(Records.tickets(), 0.4, 7, Stratification.byLabel());
        assertThat(split.strata()).containsExactly(new StratumSummary("account", 2, 1), new StratumSummary("billing", 3, 1));
        assertThat(split.getSummary()).isEqualTo("5 test cases: 2 held out, 3 in dev; " + expected.changed()
                + (expected.changed() == 1 ? " changes split" : " change split"));

        split.apply();

        assertThat(split.doneProperty().get()).isTrue();
        assertThat(table.records()).isEqualTo(expected.tests());
        assertThat(table.getStatus()).isEqualTo("Create held-out split (40%, seed 7, by label)");
        table.undo();
        assertThat(table.records()).isEqualTo(Records.tickets());
    }

    @Test
    void aHeldOutSplitIsRefusedWhenTheCasesChangedSinceThePreview() {
        TestCasesViewModel table = table(INLINE, () -> null);
        HeldOutViewModel split = table.startHeldOut();
        split.refresh();
        assertThat(split.previewProperty().get()).isNotNull();
        table.add();
        List<TestCase> before = table.records();

        split.apply();

        assertThat(table.records()).isEqualTo(before);
        assertThat(table.getStatus()).isEqualTo("The test cases changed since the preview; preview the split again.");
    }

    @Test
    void aFractionOutsideZeroAndOneIsExplainedAndCannotBeApplied() {
        HeldOutViewModel split = table(INLINE, () -> null).startHeldOut();

        split.fractionProperty().set(1.0);

        assertThat(split.getSummary()).isEqualTo("The held-out fraction must be more than 0 and less than 1.");
        assertThat(split.previewProperty().get()).isNull();
    }

    @Test
    void leakageWithoutEmbeddingsFindsExamplesThatRepeatATestInput() {
        examples = List.of(Records.example("ex-01", "  refund my LAST   invoice", "billing"),
                Records.example("ex-02", "Something else entirely", "other"));
        LeakageViewModel leakage = table(INLINE, () -> {
            throw new AssertionError("no embedder without embeddings");
        }).startLeakage();
        leakage.useEmbeddingsProperty().set(false);

        leakage.run();

        assertThat(leakage.pairs()).containsExactly(new LeakagePair("ex-01", "t-001", Split.DEV, 1.0, LeakagePair.Kind.EXACT));
        assertThat(leakage.getStatus()).startsWith("1 leaking pair: remove or change these examples");
        assertThat(leakage.runningProperty().get()).isFalse();
    }

    @Test
    void theEmbedderIsMadeOnceOnTheBackgroundThreadWhenACheckFirstNeedsIt() {
        examples = List.of(Records.example("ex-01", "Password reset never arrives!", "account"));
        AtomicInteger made = new AtomicInteger();
        AtomicReference<String> madeOn = new AtomicReference<>();
        BackgroundTasks elsewhere = new BackgroundTasks(task -> {
            Thread thread = new Thread(task, "leakage-test-background");
            thread.start();
            try {
                thread.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, Runnable::run);
        TestCasesViewModel table = table(elsewhere, () -> {
            made.incrementAndGet();
            madeOn.set(Thread.currentThread().getName());
            return new LetterEmbedder(null);
        });
        LeakageViewModel first = table.startLeakage();
        assertThat(made).hasValue(0);

        first.run();
        table.startLeakage().run();

        assertThat(made).hasValue(1);
        assertThat(madeOn).hasValue("leakage-test-background");
        assertThat(first.pairs()).extracting(LeakagePair::testId).containsExactly("t-002");
        assertThat(first.pairs().get(0).kind()).isEqualTo(LeakagePair.Kind.NEAR);
        assertThat(first.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void aCancelledCheckStopsAndSaysSo() {
        examples = List.of(Records.example("ex-01", "Anything", "x"));
        LeakageViewModel[] leakage = new LeakageViewModel[1];
        leakage[0] = table(INLINE, () -> new LetterEmbedder(() -> leakage[0].cancel())).startLeakage();

        leakage[0].run();

        assertThat(leakage[0].getStatus()).isEqualTo("Cancelled.");
        assertThat(leakage[0].runningProperty().get()).isFalse();
        assertThat(leakage[0].pairs()).isEmpty();
    }

    @Test
    void coverageCountsCasesPerSplitLabelAndTagAndListsTheGaps() {
        CoverageViewModel coverage = table(INLINE, () -> null).startCoverage();

        coverage.compute();

        assertThat(coverage.getSummary()).isEqualTo("5 test cases, 2 labels; 3 gaps");
        assertThat(coverage.counts()).containsExactly(new CoverageViewModel.CountRow("split", "dev", 4),
                new CoverageViewModel.CountRow("split", "heldout", 1), new CoverageViewModel.CountRow("label", "account", 2),
                new CoverageViewModel.CountRow("label", "billing", 3), new CoverageViewModel.CountRow("tag", "edge", 1),
                new CoverageViewModel.CountRow("tag", "login", 2), new CoverageViewModel.CountRow("tag", "money", 3));
        assertThat(coverage.gaps()).containsExactly("label 'account' has 2 cases; at least 3 are wanted",
                "label 'account' has no case tagged 'edge' or 'edge-case'", "label 'account' has no held-out case");

        coverage.minCasesProperty().set(2);
        coverage.edgeTagsProperty().set("login, edge");
        coverage.compute();
        assertThat(coverage.gaps()).containsExactly("label 'account' has no held-out case");
    }

    @Test
    void exportWritesTheRowsShownAsCsvOrJsonLines() throws Exception {
        TestCasesViewModel table = table(INLINE, () -> null);

        table.export(dir.resolve("all.jsonl"));
        assertThat(Files.readAllLines(dir.resolve("all.jsonl"))).hasSize(5)
                .first().asString().startsWith("{\"id\":\"t-001\"");
        assertThat(table.getStatus()).isEqualTo("Exported 5 test cases to all.jsonl");

        table.filter().tagProperty().set("login");
        table.export(dir.resolve("login.csv"));
        assertThat(Files.readAllLines(dir.resolve("login.csv"))).containsExactly(
                "id,ticket,expected,__expected,tags,split,__description",
                "t-002,Password reset never arrives,account,account,login,dev,",
                "t-004,Cannot log in after update,account,account,login,dev,");
        assertThat(table.getStatus()).isEqualTo("Exported 2 test cases (the rows shown) to login.csv");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("all.jsonl", "login.csv");
        }
    }

    @Test
    void exportToAnUnknownFormatSaysWhichOnesThereAre() {
        TestCasesViewModel table = table(INLINE, () -> null);

        table.export(dir.resolve("tests.xlsx"));

        assertThat(table.getStatus()).isEqualTo("Could not export to tests.xlsx: tests.xlsx: choose a file ending in .csv or .jsonl");
    }

    private TestCasesViewModel table(BackgroundTasks tasks, Supplier<Embedder> embedder) {
        TestCasesViewModel table = new TestCasesViewModel(tasks, published::add, DATA, () -> examples, embedder);
        table.setRecords(Records.tickets());
        return table;
    }

    /** Letters counted in a vector: texts of the same letters point the same way. Runs {@code onEmbed} on each call. */
    private record LetterEmbedder(Runnable onEmbed) implements Embedder {

        @Override
        public float[] embed(String text) {
            if (onEmbed != null) {
                onEmbed.run();
            }
            float[] v = new float[26];
            for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
                if (c >= 'a' && c <= 'z') {
                    v[c - 'a']++;
                }
            }
            return v;
        }
    }
}
