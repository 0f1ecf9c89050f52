package dev.promptsmith.bench;

import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.ui.common.BackgroundTasks;
import dev.promptsmith.ui.examples.DatasetServices;
import dev.promptsmith.ui.examples.FilePicker;
import dev.promptsmith.ui.examples.Row;
import dev.promptsmith.ui.examples.RowFilterModel;
import dev.promptsmith.ui.examples.TestCasesView;
import dev.promptsmith.ui.examples.TestCasesViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 10,000 test cases in the real test-case view, headless (Monocle): how long each search, filter and
 * edit holds the FX thread. Two FX-thread parts are timed per action: the action itself (the property
 * change or command: snapshot, hand-off, edit, the new list handed to the project) and the hand-back
 * of the background result (the filtered list updated and the table laid out); the latency is from
 * the action to the table laid out with the result. Not a unit test; see docs/BENCHMARKS.md.
 * Usage: TestCasesTableBenchmark [cases] [rounds].
 */
public final class TestCasesTableBenchmark {

    private static final String[] LABELS = {"billing", "account", "technical", "shipping", "refund", "sales", "legal", "other"};
    private static final String[] TAGS = {"edge", "vip", "mobile", "web", "angry", "short", "long", "german", "french", "spam"};

    private final TimedFxExecutor fx = new TimedFxExecutor(this::resultShown);
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private TestCasesViewModel viewModel;
    private TableView<Row<TestCase>> table;
    private Project project;
    private volatile CountDownLatch filtered = new CountDownLatch(1);
    private volatile int shownRows;

    private TestCasesTableBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        // Larger than Monocle's default 1280x800, so the 1400x850 window fits its virtual screen.
        System.setProperty("headless.geometry", "1600x1000-32");
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        new TestCasesTableBenchmark().run(cases, rounds);
        Platform.exit();
    }

    private void run(int cases, int rounds) throws Exception {
        List<TestCase> tests = tests(cases);
        project = Project.empty("bench").withTests(tests);
        onFx(() -> {
            viewModel = new TestCasesViewModel(new BackgroundTasks(background, fx), this::applyToProject,
                    new DatasetServices(AssertionRegistry.standard()), List::of, () -> null);
            TestCasesView view = new TestCasesView(viewModel, new NoFiles());
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1400, 850));
            stage.show();
            table = lookupTable(view);
            viewModel.filter().setOnFiltered(() -> {
                table.layout();
                shownRows = table.getItems().size();
                fx.markApply();
            });
        });
        System.out.printf(Locale.ROOT, "%,d test cases, %d rounds per action (median / p95 / max, ms)%n", cases, rounds);
        System.out.printf("%-34s %-22s %-22s %-22s%n", "action", "FX: the action", "FX: result shown", "latency to shown");
        measure("load (setRecords)", rounds, () -> viewModel.setRecords(tests), () -> { },
                () -> viewModel.setRecords(List.of()));
        RowFilterModel<TestCase> filter = viewModel.filter();
        measure("search 'invoice 42'", rounds, () -> filter.searchProperty().set("invoice 42"), () -> filter.searchProperty().set(""));
        measure("search with no match", rounds, () -> filter.searchProperty().set("zzz-no-such-text"), () -> filter.searchProperty().set(""));
        measure("search cleared", rounds, () -> filter.searchProperty().set(""), () -> { },
                () -> filter.searchProperty().set("refund"));
        measure("tag filter 'edge'", rounds, () -> filter.tagProperty().set("edge"), () -> filter.tagProperty().set(RowFilterModel.ALL));
        measure("split filter 'heldout'", rounds, () -> filter.splitProperty().set("heldout"), () -> filter.splitProperty().set(RowFilterModel.ALL));
        measure("tag + split + search", rounds, () -> {
            filter.tagProperty().set("vip");
            filter.splitProperty().set("dev");
            filter.searchProperty().set("charged");
        }, filter::clear);
        typing(filter, "charged twice");
        onFx(filter::clear);
        waitSettled();
        measure("bulk tag on 1,000 selected", rounds, () -> viewModel.addTag("bench"), () -> viewModel.undo(),
                () -> viewModel.select(List.copyOf(viewModel.rows().subList(0, 1_000))));
        measure("delete 1,000 selected", rounds, () -> viewModel.delete(), () -> viewModel.undo(),
                () -> viewModel.select(List.copyOf(viewModel.rows().subList(2_000, 3_000))));
        measure("undo a delete of 1,000", rounds, () -> viewModel.undo(), () -> { }, () -> {
            viewModel.select(List.copyOf(viewModel.rows().subList(2_000, 3_000)));
            viewModel.delete();
        });
        measure("add a row", rounds, () -> viewModel.add(), () -> viewModel.undo(),
                () -> viewModel.select(List.of(viewModel.rows().get(5_000))));
        background.shutdownNow();
    }

    /** Times {@code action} against a table in its {@code prepared} state, undone by {@code reset} each round. */
    private void measure(String name, int rounds, Runnable action, Runnable reset) throws Exception {
        measure(name, rounds, action, reset, () -> { });
    }

    private void measure(String name, int rounds, Runnable action, Runnable reset, Runnable prepare) throws Exception {
        List<Double> acting = new ArrayList<>();
        List<Double> showing = new ArrayList<>();
        List<Double> latency = new ArrayList<>();
        int shown = 0;
        int warmUp = 3;
        for (int round = 0; round < rounds + warmUp; round++) {
            onFx(prepare);
            waitSettled();
            filtered = new CountDownLatch(1);
            fx.reset();
            long[] actionTime = new long[1];
            long start = System.nanoTime();
            Platform.runLater(() -> {
                long t = System.nanoTime();
                action.run();
                actionTime[0] = System.nanoTime() - t;
            });
            if (!filtered.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + ": no result within a minute");
            }
            long end = System.nanoTime();
            if (round >= warmUp) {
                acting.add(actionTime[0] / 1e6);
                showing.add(fx.applyNanos / 1e6);
                latency.add((end - start) / 1e6);
                shown = shownRows;
            }
            onFx(reset);
            waitSettled();
        }
        System.out.printf(Locale.ROOT, "%-34s %-22s %-22s %-22s  (%,d rows shown)%n", name, stats(acting), stats(showing),
                stats(latency), shown);
    }

    /** Types a search one character at a time, as fast as the FX thread takes key events; each keystroke refilters. */
    private void typing(RowFilterModel<TestCase> filter, String text) throws Exception {
        List<Double> perKey = new ArrayList<>();
        filtered = new CountDownLatch(1);
        long start = System.nanoTime();
        for (int i = 1; i <= text.length(); i++) {
            String typed = text.substring(0, i);
            onFx(() -> {
                long t = System.nanoTime();
                filter.searchProperty().set(typed);
                perKey.add((System.nanoTime() - t) / 1e6);
            });
        }
        waitSettled();
        double total = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "%-34s %-22s %-22s %-22s  (%,d rows shown; stale results dropped)%n",
                "typing '" + text + "' (" + text.length() + " keys)", stats(perKey), "", String.format(Locale.ROOT,
                        "%.1f all keys", total), shownRows);
    }

    private void resultShown() {
        filtered.countDown();
    }

    private void applyToProject(List<TestCase> tests) {
        // What the shell does with each new list: a new project value (List.copyOf of every record).
        project = project.withTests(tests);
    }

    /** Waits until the background thread is idle and every hand-back it queued has run on the FX thread. */
    private void waitSettled() throws Exception {
        do {
            CountDownLatch drained = new CountDownLatch(1);
            background.execute(drained::countDown);
            drained.await();
            onFx(() -> { });
        } while (fx.pending() > 0);
    }

    private static void onFx(Runnable work) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                work.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static String stats(List<Double> values) {
        if (values.isEmpty()) {
            return "";
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", sorted[sorted.length / 2],
                sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.95))], sorted[sorted.length - 1]);
    }

    private static List<TestCase> tests(int count) {
        Random random = new Random(7);
        List<TestCase> tests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String label = LABELS[random.nextInt(LABELS.length)];
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("ticket", "Customer " + i + " writes: I was charged twice for invoice " + (i * 7 % 1000)
                    + " and the refund has not arrived after " + (i % 30) + " days; please check my account.");
            vars.put("customer", "Customer " + i);
            List<String> tags = new ArrayList<>();
            for (int t = 0; t < 1 + random.nextInt(2); t++) {
                String tag = TAGS[random.nextInt(TAGS.length)];
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            tests.add(new TestCase(String.format(Locale.ROOT, "t-%05d", i), vars, label,
                    List.of(new Assertion("equals", label, null, null)), tags,
                    random.nextInt(5) == 0 ? Split.HELDOUT : Split.DEV, i % 10 == 0 ? "reviewed" : null));
        }
        return tests;
    }

    @SuppressWarnings("unchecked")
    private static TableView<Row<TestCase>> lookupTable(TestCasesView view) {
        return (TableView<Row<TestCase>>) view.lookup("#testsTable");
    }

    /** The FX-thread executor of the background hand-back; times each hand-back that applied a filter result. */
    private static final class TimedFxExecutor implements Executor {

        private final AtomicInteger pending = new AtomicInteger();
        private final Runnable onApplied;
        private boolean applied;
        private volatile long applyNanos;

        TimedFxExecutor(Runnable onApplied) {
            this.onApplied = onApplied;
        }

        @Override
        public void execute(Runnable task) {
            pending.incrementAndGet();
            Platform.runLater(() -> {
                long t = System.nanoTime();
                applied = false;
                try {
                    task.run();
                } finally {
                    pending.decrementAndGet();
                }
                if (applied) {
                    applyNanos = System.nanoTime() - t;
                    onApplied.run();
                }
            });
        }

        /** Called by the filter's hook inside the hand-back that applies a result. */
        void markApply() {
            applied = true;
        }

        void reset() {
            applyNanos = 0;
        }

        int pending() {
            return pending.get();
        }
    }

    /** No file dialogs in a benchmark. */
    private static final class NoFiles implements FilePicker {

        @Override
        public Optional<Path> open(Window owner, String title, List<String> extensions) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> save(Window owner, String title, String fileName, List<String> extensions) {
            return Optional.empty();
        }
    }
}
