package dev.promptsmith.dataset;

import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses a held-out part of a test suite, stratified and reproducible.
 *
 * <p>The algorithm, so that anyone can reproduce a split: the cases are grouped by their stratum (see
 * {@link Stratification}); in each group, taken in id order, the cases are shuffled with
 * {@code Collections.shuffle(list, new java.util.Random(seed * 31 + stratumName.hashCode()))} and the first
 * {@code round(fraction × size)} are held out, except that a group of two or more always keeps at least
 * one case in dev. Every case is assigned anew; cases outside the held-out choice go to dev. Seeding
 * each group by its own name means adding cases of one label does not reshuffle the others.
 */
public final class HeldOutSplitter {

    /**
     * @param fraction the share to hold out, more than 0 and less than 1
     * @throws IllegalArgumentException for a fraction outside (0, 1)
     */
    public SplitResult split(List<TestCase> tests, double fraction, long seed, Stratification by) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the held-out fraction must be more than 0 and less than 1, found " + fraction);
        }
        Map<String, List<TestCase>> strata = new TreeMap<>();
        tests.forEach(t -> strata.computeIfAbsent(by.stratum(t), k -> new ArrayList<>()).add(t));
        Set<String> heldOut = new HashSet<>();
        List<StratumSummary> summaries = new ArrayList<>();
        strata.forEach((name, members) -> {
            List<TestCase> order = new ArrayList<>(members);
            order.sort(Comparator.comparing(TestCase::id));
            Collections.shuffle(order, new Random(seed * 31 + name.hashCode()));
            int take = (int) Math.round(fraction * order.size());
            if (order.size() >= 2) {
                take = Math.min(take, order.size() - 1);
            }
            order.subList(0, take).forEach(t -> heldOut.add(t.id()));
            summaries.add(new StratumSummary(name, order.size(), take));
        });
        List<TestCase> out = new ArrayList<>();
        int changed = 0;
        for (TestCase t : tests) {
            Split split = heldOut.contains(t.id()) ? Split.HELDOUT : Split.DEV;
            changed += split == t.split() ? 0 : 1;
            out.add(new TestCase(t.id(), t.vars(), t.expected(), t.asserts(), t.tags(), split, t.note()));
        }
        return new SplitResult(out, summaries, changed);
    }
}
