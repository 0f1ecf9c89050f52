package dev.promptsmith.template;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Chooses a prompt variant's few-shot examples from the project's pool. */
public final class FewShotSelector {

    private final ExampleRanker ranker;

    /** Ranks {@code select: similar} by shared words. */
    public FewShotSelector() {
        this(new WordOverlapRanker());
    }

    public FewShotSelector(ExampleRanker ranker) {
        this.ranker = ranker;
    }

    /**
     * The selection for one test case: with {@code select: similar} and a limit, the {@code limit}
     * candidates most similar to {@code vars}; otherwise as {@link #select(FewShot, List)}.
     */
    public List<Example> select(FewShot fewShot, List<Example> all, Map<String, Object> vars) {
        if (fewShot == null || !fewShot.bySimilarity() || fewShot.limit() == null || vars == null) {
            return select(fewShot, all);
        }
        List<Example> candidates = select(new FewShot(fewShot.mode(), null, fewShot.ids()), all);
        return List.copyOf(ranker.mostSimilar(vars, candidates, fewShot.limit()));
    }

    /**
     * The examples named by {@code fewShot.ids()}, in that order (unknown ids are skipped; see
     * {@link #unknownIds}), or all examples in file order when no ids are given; then at most
     * {@code fewShot.limit()} of them. The mode does not matter: templates see the selection as {@code examples}.
     */
    public List<Example> select(FewShot fewShot, List<Example> all) {
        FewShot settings = fewShot == null ? FewShot.NONE : fewShot;
        List<Example> pool = all == null ? List.of() : all;
        List<Example> chosen;
        if (settings.ids().isEmpty()) {
            chosen = pool;
        } else {
            Map<String, Example> byId = byId(pool);
            chosen = new ArrayList<>();
            for (String id : settings.ids()) {
                Example example = byId.get(id);
                if (example != null) {
                    chosen.add(example);
                }
            }
        }
        Integer limit = settings.limit();
        return limit == null || limit >= chosen.size() ? List.copyOf(chosen) : List.copyOf(chosen.subList(0, Math.max(limit, 0)));
    }

    /** Ids in {@code fewShot.ids()} that no example has, in the order given. */
    public List<String> unknownIds(FewShot fewShot, List<Example> all) {
        if (fewShot == null) {
            return List.of();
        }
        Map<String, Example> byId = byId(all == null ? List.of() : all);
        return fewShot.ids().stream().filter(id -> !byId.containsKey(id)).distinct().toList();
    }

    private static Map<String, Example> byId(List<Example> pool) {
        Map<String, Example> byId = new HashMap<>();
        for (Example example : pool) {
            byId.putIfAbsent(example.id(), example);
        }
        return byId;
    }
}
