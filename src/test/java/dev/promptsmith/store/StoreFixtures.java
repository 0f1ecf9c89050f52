package dev.promptsmith.store;

import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.provider.Usage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Prompts, plans and cells for store tests. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    static PromptVariant prompt(String name) {
        return new PromptVariant(name, "Sorts tickets", TemplateSyntax.JINJA, "You triage support tickets.",
                List.of(new MessageTemplate(Role.USER, "Ticket: {{ ticket }}")),
                new FewShot(FewShotMode.TURNS, 2, List.of("ex-1", "ex-2")),
                new OutputSpec(OutputFormat.JSON, "schemas/triage.json"),
                new ModelParams(0.2, 256, null, List.of("###")));
    }

    static RunSpec spec(PromptVariant prompt, List<String> testIds, int repeats) {
        return new RunSpec(List.of(prompt), List.of("gpt", "claude"), testIds, repeats, Map.of("concurrency", 4));
    }

    static StoredCell passing(StoredCellKey key) {
        return new StoredCell(key, "{\"queue\": \"billing\"}", null, null, 812L, 95L,
                new Usage(120, 14, 100, 0, 0, false), new BigDecimal("0.000123450"), false, true, 1.0,
                List.of(new AssertionOutcome("is-json", true, 1.0, "valid JSON")), null);
    }

    static StoredCell failed(StoredCellKey key) {
        return new StoredCell(key, "", "RATE_LIMIT", "Too many requests", 40L, null, Usage.NONE, null, false, false,
                0.0, List.of(), null);
    }
}
