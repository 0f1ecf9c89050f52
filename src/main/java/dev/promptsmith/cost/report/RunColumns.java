package dev.promptsmith.cost.report;

import dev.promptsmith.cost.ColumnRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.store.PromptVersions;
import dev.promptsmith.store.StoredCell;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names a run's columns as the results table and the {@code eval} command do (the model id alone when
 * the run has one prompt, else {@code prompt × model}) and finds the prompt version behind each.
 */
final class RunColumns {

    private final Map<String, PromptVariant> byHash = new LinkedHashMap<>();
    private final Map<String, PromptVariant> byName = new LinkedHashMap<>();
    private final boolean showPrompt;

    RunColumns(List<PromptVariant> prompts) {
        prompts.forEach(p -> {
            byHash.put(PromptVersions.hash(p), p);
            byName.putIfAbsent(p.name(), p);
        });
        this.showPrompt = prompts.size() > 1;
    }

    ColumnRef of(StoredCell cell) {
        PromptVariant prompt = byHash.get(cell.key().promptHash());
        // A version the plan does not list keeps its results apart under its hash rather than merging them.
        String name = prompt != null ? prompt.name() : "version " + cell.key().promptHash().substring(0, 8);
        String id = showPrompt || prompt == null ? name + " × " + cell.key().modelId() : cell.key().modelId();
        return new ColumnRef(id, name, cell.key().modelId());
    }

    /** The run's version of the prompt called {@code name}. */
    Optional<PromptVariant> prompt(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
