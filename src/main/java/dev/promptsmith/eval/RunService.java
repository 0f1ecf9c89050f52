package dev.promptsmith.eval;

import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.Provider;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.Predicate;

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
    public RunHandle start(Project project, RunPlan plan, Predicate<CellKey> only,
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
        AtomicReference<String> stopReason = new AtomicReference<>();
        CompletableFuture<List<CellResult>> done = new CompletableFuture<>();
        int lanes = Math.max(1, Math.min(plan.concurrency(), cells.size()));
        AtomicInteger lanesLeft = new AtomicInteger(lanes);
        Runnable lane = () -> {
            try {
                Cell cell;
                while (!cancel.isCancelled() && (cell = pending.poll()) != null) {
                    CellResult result = runCell(project, cell, listener, hooks, cancel, stopReason);
                    if (result == null) {
                        continue;
                    }
                    counts.add(result);
                    if (retain) {
                        results.set(cell.index, result);
                    }
                }
            } finally {
                if (lanesLeft.decrementAndGet() == 0) {
                    finish(results, counts, cancel, stopReason.get(), listener, done);
                }
            }
        };
        if (cells.isEmpty()) {
            finish(results, counts, cancel, null, listener, done);
        }
        for (int i = 0; i < lanes && !cells.isEmpty(); i++) {
            workers.execute(lane);
        }
        return new RunHandle(cancel, done);
    }

    /** The cell's result, or null when the hooks refused its call and the run stops before it. */
    private CellResult runCell(Project project, Cell cell, Consumer<RunEvent> listener, CellHooks hooks,
                               CancelSignal cancel, AtomicReference<String> stopReason) {
        CellKey key = cell.key();
        CellResult result;
        try {
            Prepared prepared = prepare(project, cell, key, hooks);
            if (prepared.refusal() != null) {
                stopReason.compareAndSet(null, prepared.refusal());
                cancel.cancel();
                return null;
            }
            listener.accept(new RunEvent.CellStarted(key));
            if (prepared.cachedText() != null) {
                listener.accept(new RunEvent.CellDelta(key, prepared.cachedText()));
            }
            result = prepared.result() != null ? prepared.result() : call(prepared, cell, key, listener, hooks, cancel);
        } catch (RuntimeException e) {
            // A bug in one cell must not take the run down; it is reported on that cell.
            ProviderError error = new ProviderError(ProviderError.Kind.MALFORMED_RESPONSE, 0,
                    "Internal error: " + e, false);
            result = new CellResult(key, ChatResponse.failed(error, "", Duration.ZERO), List.of());
        }
        listener.accept(new RunEvent.CellFinished(result));
        return result;
    }

    /**
     * Everything before the call: render, find the provider, build the request, look in the cache,
     * and ask the hooks whether the call may be made (a budget may refuse it).
     */
    private Prepared prepare(Project project, Cell cell, CellKey key, CellHooks hooks) {
        PromptVariant prompt = cell.column.prompt();
        ModelRef model = cell.column.model();
        RenderResult rendered = renderer.render(prompt, cell.test.vars(), project.examples());
        if (!rendered.ok()) {
            return Prepared.done(hooks.completed(new CellResult(key, null, rendered.problems()), cell.test,
                    model.provider(), null));
        }
        Provider provider = providers.find(model.provider()).orElse(null);
        if (provider == null) {
            ProviderError error = new ProviderError(ProviderError.Kind.UNKNOWN_PROVIDER, 0,
                    "No provider named '" + model.provider() + "' is available (model " + model.id() + ")",
                    false);
            return Prepared.done(hooks.completed(new CellResult(key, ChatResponse.failed(error, "", Duration.ZERO),
                    List.of()), cell.test, model.provider(), null));
        }
        ChatRequest request = CellRequests.build(project, prompt, model, rendered.messages());
        Optional<ChatResponse> cached = hooks.cached(key, model.provider(), request);
        if (cached.isPresent()) {
            return Prepared.done(hooks.completed(new CellResult(key, cached.get(), List.of(), true, null), cell.test,
                    model.provider(), request), cached.get().text());
        }
        Optional<String> refusal = hooks.admit(key, model, request);
        if (refusal.isPresent()) {
            return new Prepared(null, null, null, null, refusal.get());
        }
        return new Prepared(provider, request, null, null, null);
    }

    private CellResult call(Prepared prepared, Cell cell, CellKey key, Consumer<RunEvent> listener, CellHooks hooks,
                            CancelSignal cancel) {
        ChatResponse response = prepared.provider().complete(prepared.request(),
                delta -> listener.accept(new RunEvent.CellDelta(key, delta)), cancel);
        return hooks.completed(new CellResult(key, response, List.of()), cell.test,
                cell.column.model().provider(), prepared.request());
    }

    private static void finish(AtomicReferenceArray<CellResult> results, RunCounts counts, CancelSignal cancel,
                               String stopReason, Consumer<RunEvent> listener, CompletableFuture<List<CellResult>> done) {
        List<CellResult> finished = new ArrayList<>();
        for (int i = 0; i < results.length(); i++) {
            CellResult r = results.get(i);
            if (r != null) {
                finished.add(r);
            }
        }
        listener.accept(new RunEvent.RunFinished(counts.finished.get(), counts.failed.get(), cancel.isCancelled(),
                stopReason));
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

    /**
     * A cell ready to call ({@code provider} and {@code request}), already finished without a call
     * ({@code result}, with {@code cachedText} when the cache answered), or refused ({@code refusal}).
     */
    private record Prepared(Provider provider, ChatRequest request, CellResult result, String cachedText,
                            String refusal) {

        static Prepared done(CellResult result) {
            return new Prepared(null, null, result, null, null);
        }

        static Prepared done(CellResult result, String cachedText) {
            return new Prepared(null, null, result, cachedText, null);
        }
    }

    private record Cell(int index, TestCase test, RunPlan.Column column, int repeat) {

        CellKey key() {
            return new CellKey(test.id(), column.prompt().name(), column.model().id(), repeat, column.id());
        }
    }
}
