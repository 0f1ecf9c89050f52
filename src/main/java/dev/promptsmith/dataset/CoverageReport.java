package dev.promptsmith.dataset;

import dev.promptsmith.model.Split;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a test suite covers its labels, tags and splits. Maps are sorted by key.
 *
 * @param labelled whether the expected outputs are labels (see {@link Coverage}); when false, {@code perLabel}
 *                 is empty and there are no label gaps
 */
public record CoverageReport(int cases, boolean labelled, Map<String, Integer> perLabel, Map<String, Integer> perTag,
                             Map<Split, Integer> perSplit, List<CoverageGap> gaps) {

    public CoverageReport {
        perLabel = Collections.unmodifiableMap(new TreeMap<>(perLabel));
        perTag = Collections.unmodifiableMap(new TreeMap<>(perTag));
        Map<Split, Integer> splits = new EnumMap<>(Split.class);
        splits.putAll(perSplit);
        perSplit = Collections.unmodifiableMap(splits);
        gaps = List.copyOf(gaps);
    }
}
