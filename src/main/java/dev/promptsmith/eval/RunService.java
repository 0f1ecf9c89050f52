package dev.promptsmith.eval;

import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.Provider;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.ResponseFormat;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * Executes a {@link RunPlan}: renders each cell's request, calls the model's provider, and reports
 * events. Concurrency is bounded by running exactly {@code plan.concurrency()} lanes on the given
 * executor, each pulling the next cell from a shared queue, so any executor can host a run.
 */
public final class RunService {

    private final PromptRenderer renderer;
    private final ProviderRegistry providers;
    private final Executor workers;

    public RunService(PromptRenderer renderer, ProviderRegistry providers, Executor workers) {
        this.renderer = renderer;
        this.providers = providers;
        this.workers = workers;
    }

    /** Starts the run without hooks: every cell is called, nothing scored or stored. */
    public RunHandle start(Project project, RunPlan plan, Consumer<RunEvent> listener) {
        return start(project, plan, listener, CellHooks.NONE);
    }

    /** Starts the run and returns at once; {@code listener} and {@code hooks} are called from worker threads. */
    public RunHandle start(Project project, RunPlan plan, Consumer<RunEvent> listener, CellHooks hooks) {
        return start(project, plan, null, listener, hooks);
    }

    /**
     * Starts the run for only the cells {@code only} accepts (null for all) — resuming an interrupted
     * run calls just the missing cells.
     */
    public RunHandle start(Project project, RunPlan plan, java.util.function.Predicate<CellKey> only,
                           Consumer<RunEvent> listener, CellHooks hooks) {
        List<Cell> cells = new ArrayList<>();
        for (TestCase test : plan.tests()) {
            for (RunPlan.Column column : plan.columns()) {
                for (int repeat = 0; repeat < plan.repeats(); repeat++) {
                    Cell cell = new Cell(cells.size(), test, column, repeat);
                    if (only == null || only.test(cell.key())) {
                        cells.add(cell);
                    }
                }
            }
        }
        Queue<Cell> pending = new ConcurrentLinkedQueue<>(cells);
        boolean retain = hooks.retainResults();
        AtomicReferenceArray<CellResult> results = new AtomicReferenceArray<>(retain ? cells.size() : 0);
        RunCounts counts = new RunCounts();
        CancelSignal cancel = new CancelSignal();
        CompletableFuture<List<CellResult>> done = new CompletableFuture<>();
        int lanes = Math.max(1, Math.min(plan.concurrency(), cells.size()));
        AtomicInteger lanesLeft = new AtomicInteger(lanes);
        Runnable lane = () -> {
            try {
                Cell cell;
                while (!cancel.isCancelled() && (cell = pending.poll()) != null) {
                    CellResult result = runCell(project, cell, listener, hooks, cancel);
                    counts.add(result);
                    if (retain) {
                        results.set(cell.index, result);
                    }
                }
            } finally {
                if (lanesLeft.decrementAndGet() == 0) {
                    finish(results, counts, cancel, listener, done);
                }
            }
        };
        if (cells.isEmpty()) {
            finish(results, counts, cancel, listener, done);
        }
        for (int i = 0; i < lanes && !cells.isEmpty(); i++) {
            workers.execute(lane);
        }
        return new RunHandle(cancel, done);
    }

    private CellResult runCell(Project project, Cell cell, Consumer<RunEvent> listener, CellHooks hooks,
                               CancelSignal cancel) {
        CellKey key = cell.key();
        listener.accept(new RunEvent.CellStarted(key));
        CellResult result;
        try {
            result = call(project, cell, key, listener, hooks, cancel);
        } catch (RuntimeException e) {
            // A bug in one cell must not take the run down; it is reported on that cell.
            ProviderError error = new ProviderError(ProviderError.Kind.MALFORMED_RESPONSE, 0,
                    "Internal error: " + e, false);
            result = new CellResult(key, ChatResponse.failed(error, "", Duration.ZERO), List.of());
        }
        listener.accept(new RunEvent.CellFinished(result));
        return result;
    }

    private CellResult call(Project project, Cell cell, CellKey key, Consumer<RunEvent> listener, CellHooks hooks,
                            CancelSignal cancel) {
        PromptVariant prompt = cell.column.prompt();
        ModelRef model = cell.column.model();
        RenderResult rendered = renderer.render(prompt, cell.test.vars(), project.examples());
        if (!rendered.ok()) {
            return hooks.completed(new CellResult(key, null, rendered.problems()), cell.test, model.provider(), null);
        }
        Provider provider = providers.find(model.provider()).orElse(null);
        if (provider == null) {
            ProviderError error = new ProviderError(ProviderError.Kind.UNKNOWN_PROVIDER, 0,
                    "No provider named '" + model.provider() + "' is available (model " + model.id() + ")",
                    false);
            return hooks.completed(new CellResult(key, ChatResponse.failed(error, "", Duration.ZERO), List.of()),
                    cell.test, model.provider(), null);
        }
        ChatRequest request = new ChatRequest(model.model(), rendered.messages(),
                prompt.params().overriding(model.params()), responseFormat(project, prompt),
                java.time.Duration.ofSeconds(project.settings().defaults().timeoutSeconds()));
        java.util.Optional<ChatResponse> cached = hooks.cached(key, model.provider(), request);
        if (cached.isPresent()) {
            listener.accept(new RunEvent.CellDelta(key, cached.get().text()));
            return hooks.completed(new CellResult(key, cached.get(), List.of(), true, null), cell.test,
                    model.provider(), request);
        }
        ChatResponse response = provider.complete(request,
                delta -> listener.accept(new RunEvent.CellDelta(key, delta)), cancel);
        return hooks.completed(new CellResult(key, response, List.of()), cell.test, model.provider(), request);
    }

    /** JSON output for prompts that ask for it, with the project's schema when the prompt names one. */
    static ResponseFormat responseFormat(Project project, PromptVariant prompt) {
        if (prompt.output().format() != OutputFormat.JSON) {
            return null;
        }
        String path = prompt.output().schema();
        if (path == null) {
            return ResponseFormat.anyJson();
        }
        String stem = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.json$", "");
        return new ResponseFormat(stem, project.schema(path).orElse(null));
    }

    private static void finish(AtomicReferenceArray<CellResult> results, RunCounts counts, CancelSignal cancel,
                               Consumer<RunEvent> listener, CompletableFuture<List<CellResult>> done) {
        List<CellResult> finished = new ArrayList<>();
        for (int i = 0; i < results.length(); i++) {
            CellResult r = results.get(i);
            if (r != null) {
                finished.add(r);
            }
        }
        listener.accept(new RunEvent.RunFinished(counts.finished.get(), counts.failed.get(), cancel.isCancelled()));
        done.complete(List.copyOf(finished));
    }

    /** Finished and failed cells, counted as they finish so nothing else needs to be kept. */
    private static final class RunCounts {
        final AtomicInteger finished = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();

        void add(CellResult result) {
            finished.incrementAndGet();
            if (!result.ok()) {
                failed.incrementAndGet();
            }
        }
    }

    private record Cell(int index, TestCase test, RunPlan.Column column, int repeat) {

        CellKey key() {
            return new CellKey(test.id(), column.prompt().name(), column.model().id(), repeat, column.id());
        }
    }
}
