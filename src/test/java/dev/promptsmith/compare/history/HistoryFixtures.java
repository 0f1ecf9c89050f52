package dev.promptsmith.compare.history;

import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.store.AssertionOutcome;
import dev.promptsmith.store.PromptVersions;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.RunSpec;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.store.StoredCellKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Prompts, runs and cells written to a real results store for the history tests. */
final class HistoryFixtures {

    private HistoryFixtures() {
    }

    static PromptVariant prompt(String name, String system) {
        return new PromptVariant(name, null, null, system, List.of(new MessageTemplate(Role.USER, "{{ ticket }}")),
                null, null, null);
    }

    static long startRun(ResultsStore store, List<PromptVariant> prompts, List<String> models, List<String> tests, int repeats) {
        return store.startRun(new RunSpec(prompts, models, tests, repeats, Map.of()));
    }

    /** A scored cell: 500 ms, 100 → 10 tokens, $0.001. */
    static StoredCell cell(PromptVariant prompt, String test, String model, int repeat, boolean pass, double score) {
        return new StoredCell(new StoredCellKey(test, PromptVersions.hash(prompt), model, repeat), pass ? "billing" : "bug",
                null, null, 500L, null, new Usage(100, 10, 0, 0, 0, false), new BigDecimal("0.001"), false, pass, score,
                List.of(new AssertionOutcome("equals", pass, score, pass ? "matches" : "differs")), null);
    }

    /** A failed call: a 429 after 40 ms. */
    static StoredCell error(PromptVariant prompt, String test, String model, int repeat) {
        return new StoredCell(new StoredCellKey(test, PromptVersions.hash(prompt), model, repeat), "", "RATE_LIMIT",
                "Too many requests", 40L, null, Usage.NONE, null, false, false, 0, List.of(), null);
    }
}
