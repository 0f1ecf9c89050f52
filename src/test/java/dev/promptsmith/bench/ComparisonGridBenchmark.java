package dev.promptsmith.bench;

import dev.promptsmith.eval.Evaluation;
import dev.promptsmith.eval.RunService;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.store.AssertionOutcome;
import dev.promptsmith.store.PromptVersions;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.RunSpec;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.store.StoredCellKey;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.ui.results.ResultRow;
import dev.promptsmith.ui.results.ResultsView;
import dev.promptsmith.ui.results.ResultsViewModel;
import dev.promptsmith.ui.results.RowActions;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * A stored run of 10,000 test cases × 6 columns (3 prompt variants × 2 models) opened in the real
 * results view, headless: time from "open run" to rows on screen (store read, grid, row models,
 * filter), heap held afterwards, a filter and a search over all rows, and the time to lay out the
 * table after jumping through it. Run with Monocle's headless platform (see docs/BENCHMARKS.md).
 * Usage: ComparisonGridBenchmark [tests]. Not a unit test.
 */
public final class ComparisonGridBenchmark {

    private ComparisonGridBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tests = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("grid-bench");
        List<PromptVariant> prompts = IntStream.range(0, 3).mapToObj(i -> new PromptVariant("variant-" + i, "",
                TemplateSyntax.JINJA, "Route it.", List.of(new MessageTemplate(Role.USER, "{{ ticket }}")), null, null,
                ModelParams.NONE)).toList();
        List<TestCase> cases = IntStream.range(0, tests).mapToObj(i -> new TestCase("t" + i,
                Map.of("ticket", "Ticket number " + i + " about an invoice that was charged twice"), "billing", List.of(),
                List.of(i % 7 == 0 ? "edge" : "common"), null, null)).toList();
        Project project = Project.empty("grid").withPrompts(prompts).withTests(cases);
        long runId = writeRun(dir, prompts, cases);
        System.out.printf("stored %,d cells in %s%n", tests * 6, dir);

        Platform.startup(() -> { });
        ProviderRegistry none = new ProviderRegistry();
        var background = Executors.newSingleThreadExecutor();
        ResultsViewModel results = new ResultsViewModel(new Evaluation(new RunService(new PromptRenderer(), none,
                background), none, null), background, Platform::runLater, new PromptRenderer());
        CountDownLatch built = new CountDownLatch(1);
        @SuppressWarnings("unchecked") TableView<ResultRow>[] table = new TableView[1];
        Platform.runLater(() -> {
            ResultsView view = new ResultsView(results, FXCollections.observableArrayList(), p -> { }, RowActions.NONE);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1400, 800));
            stage.show();
            table[0] = (TableView<ResultRow>) view.lookup("#resultsTable");
            built.countDown();
        });
        built.await();

        heapAfterGc("before opening");
        CountDownLatch shown = new CountDownLatch(1);
        long[] shownAt = new long[1];
        results.grid().setOnRowsShown(() -> {
            table[0].layout();
            shownAt[0] = System.nanoTime();
            shown.countDown();
        });
        long start = System.nanoTime();
        Platform.runLater(() -> {
            results.setProject(dir, project);
            results.openRun(runId);
        });
        shown.await(120, TimeUnit.SECONDS);
        System.out.printf("open run → %,d rows × %d columns on screen: %d ms%n", table[0].getItems().size(),
                results.columns().isEmpty() ? results.grid().grid().columns().size() : results.columns().size(),
                (shownAt[0] - start) / 1_000_000);
        heapAfterGc("with the run on screen");
        for (int again = 1; again <= 2; again++) {
            CountDownLatch reopened = new CountDownLatch(1);
            long[] at = new long[1];
            results.grid().setOnRowsShown(() -> {
                table[0].layout();
                at[0] = System.nanoTime();
                reopened.countDown();
            });
            long t = System.nanoTime();
            Platform.runLater(() -> results.openRun(runId));
            reopened.await(120, TimeUnit.SECONDS);
            System.out.printf("open the same run again (%d): %d ms%n", again, (at[0] - t) / 1_000_000);
        }
        heapAfterGc("after opening it three times");
        if (Boolean.getBoolean("bench.histogram")) {
            var diagnostic = ManagementFactory.getPlatformMBeanServer();
            Object histogram = diagnostic.invoke(new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram", new Object[] {null}, new String[] {String[].class.getName()});
            String[] lines = histogram.toString().split("\n");
            for (int i = 0; i < Math.min(22, lines.length); i++) {
                System.out.println(lines[i]);
            }
        }

        timeFilter(results, table[0], () -> results.grid().filters().failuresOnlyProperty().set(true), "failures only");
        timeFilter(results, table[0], () -> results.grid().filters().failuresOnlyProperty().set(false), "filter off");
        timeFilter(results, table[0], () -> results.grid().filters().searchProperty().set("number 99"), "search 'number 99'");
        timeFilter(results, table[0], () -> results.grid().filters().searchProperty().set(""), "search cleared");
        scroll(table[0]);
        Platform.exit();
        background.shutdownNow();
    }

    private static long writeRun(Path dir, List<PromptVariant> prompts, List<TestCase> cases) {
        try (ResultsStore store = ResultsStore.open(dir)) {
            long runId = store.startRun(new RunSpec(prompts, List.of("gpt", "claude"),
                    cases.stream().map(TestCase::id).toList(), 1, Map.of()));
            for (PromptVariant prompt : prompts) {
                String hash = PromptVersions.hash(prompt);
                for (String model : List.of("gpt", "claude")) {
                    for (int i = 0; i < cases.size(); i++) {
                        boolean pass = (i + model.length()) % 3 != 0;
                        String output = (pass ? "billing" : "refund") + " — the customer was charged twice for invoice "
                                + i + "; route to the billing queue and apologise for the duplicate charge.";
                        store.recordCell(runId, new StoredCell(new StoredCellKey(cases.get(i).id(), hash, model, 0), output,
                                null, null, 400L + i % 900, 90L, new Usage(420, 30, 0, 0, 0, false),
                                new BigDecimal("0.000081"), false, pass, pass ? 1 : 0,
                                List.of(new AssertionOutcome("label", pass, pass ? 1 : 0, pass ? "matches" : "does not match")),
                                null));
                    }
                }
            }
            store.finishRun(runId, dev.promptsmith.store.RunStatus.FINISHED);
            return runId;
        }
    }

    private static void timeFilter(ResultsViewModel results, TableView<ResultRow> table, Runnable change, String what)
            throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] end = new long[1];
        results.grid().setOnRowsShown(() -> {
            table.layout();
            end[0] = System.nanoTime();
            done.countDown();
        });
        long start = System.nanoTime();
        Platform.runLater(change);
        done.await(60, TimeUnit.SECONDS);
        System.out.printf("%s: %,d rows shown after %d ms%n", what, table.getItems().size(), (end[0] - start) / 1_000_000);
    }

    /** Jumps through the table 200 times and lays it out each time, as a fast scroll does. */
    private static void scroll(TableView<ResultRow> table) throws Exception {
        int rows = table.getItems().size();
        List<Long> times = new ArrayList<>();
        for (int step = 0; step < 200; step++) {
            int target = (int) ((long) step * (rows - 1) / 199);
            CountDownLatch laid = new CountDownLatch(1);
            Platform.runLater(() -> {
                long t = System.nanoTime();
                table.scrollTo(target);
                table.layout();
                times.add(System.nanoTime() - t);
                laid.countDown();
            });
            laid.await();
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("scroll: 200 jumps through %,d rows, layout per jump median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                rows, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                Arrays.stream(sorted).max().orElse(0) / 1e6);
    }

    private static void heapAfterGc(String when) throws InterruptedException {
        // A GC can be skipped while native code holds the GC locker (SQLite, Prism): try a few times.
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(250);
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("heap %s: %.1f MB%n", when, used / 1e6);
    }
}
