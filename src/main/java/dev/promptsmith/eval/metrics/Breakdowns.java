package dev.promptsmith.eval.metrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pass rates of one column per tag, per split and per assertion type, each over cases with the
 * majority rule of {@link CaseOutcome}. Keys are sorted so tables and reports are stable.
 */
final class Breakdowns {

    private Breakdowns() {
    }

    /** A case belongs to every tag any of its repeats carries (normally they all carry the same). */
    static List<Breakdown> byTag(Map<String, List<ScoredCell>> cases) {
        Map<String, int[]> counts = new TreeMap<>();
        cases.forEach((testId, repeats) -> {
            Set<String> tags = new LinkedHashSet<>();
            repeats.forEach(cell -> tags.addAll(cell.tags()));
            boolean passed = CaseOutcome.fold(testId, repeats).passed();
            tags.forEach(tag -> count(counts, tag, passed));
        });
        return toList(counts);
    }

    /** A case's split is its first repeat's; cases without a split are left out. */
    static List<Breakdown> bySplit(Map<String, List<ScoredCell>> cases) {
        Map<String, int[]> counts = new TreeMap<>();
        cases.forEach((testId, repeats) -> {
            String split = repeats.get(0).split();
            if (split != null) {
                count(counts, split, CaseOutcome.fold(testId, repeats).passed());
            }
        });
        return toList(counts);
    }

    /**
     * A case passes an assertion type when the majority of the repeats that evaluated it passed it.
     * Repeats that never ran the assertion (an errored call has no output to check) do not vote;
     * the error already counts against the case's overall pass rate.
     */
    static List<Breakdown> byAssertion(Map<String, List<ScoredCell>> cases) {
        Map<String, int[]> counts = new TreeMap<>();
        cases.values().forEach(repeats -> {
            Map<String, int[]> votes = new TreeMap<>();
            repeats.forEach(cell -> cell.assertionPasses().forEach((type, pass) -> count(votes, type, pass)));
            votes.forEach((type, v) -> count(counts, type, 2 * v[0] > v[1]));
        });
        return toList(counts);
    }

    /** counts[key] = {passed, total}. */
    private static void count(Map<String, int[]> counts, String key, boolean passed) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += passed ? 1 : 0;
        c[1]++;
    }

    private static List<Breakdown> toList(Map<String, int[]> counts) {
        List<Breakdown> list = new ArrayList<>();
        counts.forEach((key, c) -> list.add(Breakdown.of(key, c[0], c[1])));
        return List.copyOf(list);
    }
}
