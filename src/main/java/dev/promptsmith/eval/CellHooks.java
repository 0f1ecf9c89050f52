package dev.promptsmith.eval;

import dev.promptsmith.model.TestCase;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.model.ModelRef;
import java.util.Optional;

/**
 * What a run does around each call, on the worker thread that made it: answer from a cache
 * instead of calling, and score and store a finished cell. Kept apart from {@link RunService} so a
 * run in the app, on the command line and in tests differs only in its hooks.
 */
public interface CellHooks {

    /** Hooks that do nothing: every cell is called, nothing is scored or stored. */
    CellHooks NONE = new CellHooks() { };

    /** An earlier answer to exactly this request, if one may be reused. */
    default Optional<ChatResponse> cached(CellKey key, String providerId, ChatRequest request) {
        return Optional.empty();
    }

    /**
     * Whether the call may be made; a reason to stop the whole run instead (a budget that this
     * call could pass). Called only for calls about to be made, not for cache hits.
     */
    default Optional<String> admit(CellKey key, ModelRef model, ChatRequest request) {
        return Optional.empty();
    }

    /**
     * Whether the run keeps every finished cell in memory for {@link RunHandle#done()}. Hooks that
     * store cells as they finish may say no, so a run of any size holds only the cells in flight.
     */
    default boolean retainResults() {
        return true;
    }

    /**
     * Called once per finished cell, before its event is reported; returns the cell as it should
     * be reported (e.g. with its score). {@code request} is null when the prompt did not render.
     */
    default CellResult completed(CellResult result, TestCase test, String providerId, ChatRequest request) {
        return result;
    }
}
