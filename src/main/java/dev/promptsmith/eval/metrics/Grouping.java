package dev.promptsmith.eval.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Groups cells by column or by test case, keeping first-appearance order so results are stable. */
final class Grouping {

    private Grouping() {
    }

    static Map<String, List<ScoredCell>> byColumn(List<ScoredCell> cells) {
        return by(cells, ScoredCell::columnId);
    }

    static Map<String, List<ScoredCell>> byCase(List<ScoredCell> cells) {
        return by(cells, ScoredCell::testId);
    }

    private static Map<String, List<ScoredCell>> by(List<ScoredCell> cells, Function<ScoredCell, String> key) {
        Map<String, List<ScoredCell>> groups = new LinkedHashMap<>();
        for (ScoredCell cell : cells) {
            groups.computeIfAbsent(key.apply(cell), k -> new ArrayList<>()).add(cell);
        }
        return groups;
    }
}
