package dev.promptsmith.dataset;

import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Counts test cases per expected label, tag and split, and lists the labels covered too thinly: fewer
 * than a minimum of cases, no case tagged as an edge case, or no held-out case when the suite holds
 * some out. Expected outputs count as labels only when they repeat (at most half as many distinct
 * texts as cases that have one): a question-answering suite, whose every expected answer is its own,
 * has no labels to cover.
 */
public final class Coverage {

    /** "edge" as the issue names it, and "edge-case" as the sample projects write it. */
    public static final Set<String> DEFAULT_EDGE_TAGS = Set.of("edge", "edge-case");
    public static final int DEFAULT_MIN_CASES = 3;

    private final Set<String> edgeTags;
    private final int minCases;

    /** @param edgeTags a case with any of these tags is an edge case */
    public Coverage(Set<String> edgeTags, int minCases) {
        this.edgeTags = new TreeSet<>(edgeTags);
        this.minCases = minCases;
    }

    public CoverageReport of(List<TestCase> tests) {
        Map<String, Integer> perLabel = new TreeMap<>();
        Map<String, Integer> perTag = new TreeMap<>();
        Map<Split, Integer> perSplit = new EnumMap<>(Split.class);
        Set<String> labelsWithEdge = new HashSet<>();
        Set<String> labelsHeldOut = new HashSet<>();
        for (TestCase test : tests) {
            test.tags().forEach(tag -> perTag.merge(tag, 1, Integer::sum));
            perSplit.merge(test.split(), 1, Integer::sum);
            if (test.expected() instanceof String label) {
                perLabel.merge(label, 1, Integer::sum);
                if (test.tags().stream().anyMatch(edgeTags::contains)) {
                    labelsWithEdge.add(label);
                }
                if (test.split() == Split.HELDOUT) {
                    labelsHeldOut.add(label);
                }
            }
        }
        int labelledCases = perLabel.values().stream().mapToInt(Integer::intValue).sum();
        boolean labelled = !perLabel.isEmpty() && perLabel.size() * 2 <= labelledCases;
        if (!labelled) {
            return new CoverageReport(tests.size(), false, Map.of(), perTag, perSplit, List.of());
        }
        List<CoverageGap> gaps = new ArrayList<>();
        boolean anyHeldOut = perSplit.getOrDefault(Split.HELDOUT, 0) > 0;
        perLabel.forEach((label, count) -> {
            if (count < minCases) {
                gaps.add(new CoverageGap(label, CoverageGap.Kind.TOO_FEW_CASES, "label '" + label + "' has " + count
                        + (count == 1 ? " case" : " cases") + "; at least " + minCases + " are wanted"));
            }
            if (!labelsWithEdge.contains(label)) {
                gaps.add(new CoverageGap(label, CoverageGap.Kind.NO_EDGE_CASE, "label '" + label
                        + "' has no case tagged " + edgeTags.stream().map(t -> "'" + t + "'")
                        .collect(Collectors.joining(" or "))));
            }
            if (anyHeldOut && !labelsHeldOut.contains(label)) {
                gaps.add(new CoverageGap(label, CoverageGap.Kind.NO_HELDOUT_CASE, "label '" + label
                        + "' has no held-out case"));
            }
        });
        return new CoverageReport(tests.size(), true, perLabel, perTag, perSplit, gaps);
    }
}
