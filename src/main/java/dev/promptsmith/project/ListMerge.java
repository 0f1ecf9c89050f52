package dev.promptsmith.project;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Merges an edited list of domain values back into the items of a file (YAML sequence items or
 * JSONL lines). Items whose value did not change are reused as they are; items that could not be
 * read (no baseline) are never dropped and stay after the item they followed.
 */
final class ListMerge {

    /** One original item: its node and the value it was read as, or a null baseline if it was invalid. */
    record Slot<N, V>(N node, V baseline) {
        boolean valid() {
            return baseline != null;
        }
    }

    /** Produces the item for a value, merging into the previous item when there is one. */
    interface Render<N, V> {
        N render(Slot<N, V> previous, V value);
    }

    private ListMerge() {
    }

    /**
     * @param identity which original item a value belongs to (the value itself, or its id)
     * @param pairLeftovers pair values without an identity match with unmatched items in order, so an
     *                      edited element keeps its comments and unknown keys; off when identity is an id
     */
    static <N, V> List<N> merge(List<Slot<N, V>> slots, List<V> values, Function<V, ?> identity,
                                boolean pairLeftovers, Render<N, V> render) {
        int[] matched = match(slots, values, identity, pairLeftovers);
        Map<Integer, List<N>> kept = keptInvalidItems(slots, matched);
        List<N> out = new ArrayList<>(kept.getOrDefault(-1, List.of()));
        for (int i = 0; i < values.size(); i++) {
            V value = values.get(i);
            Slot<N, V> slot = matched[i] >= 0 ? slots.get(matched[i]) : null;
            out.add(slot != null && Objects.equals(slot.baseline(), value) ? slot.node() : render.render(slot, value));
            if (matched[i] >= 0) {
                out.addAll(kept.getOrDefault(matched[i], List.of()));
            }
        }
        return out;
    }

    private static <N, V> int[] match(List<Slot<N, V>> slots, List<V> values, Function<V, ?> identity,
                                      boolean pairLeftovers) {
        Map<Object, Deque<Integer>> byIdentity = new HashMap<>();
        for (int s = 0; s < slots.size(); s++) {
            if (slots.get(s).valid()) {
                byIdentity.computeIfAbsent(identity.apply(slots.get(s).baseline()), k -> new ArrayDeque<>()).add(s);
            }
        }
        int[] matched = new int[values.size()];
        boolean[] used = new boolean[slots.size()];
        for (int i = 0; i < values.size(); i++) {
            Deque<Integer> candidates = byIdentity.get(identity.apply(values.get(i)));
            matched[i] = candidates == null || candidates.isEmpty() ? -1 : candidates.poll();
            if (matched[i] >= 0) {
                used[matched[i]] = true;
            }
        }
        if (pairLeftovers) {
            int s = 0;
            for (int i = 0; i < values.size(); i++) {
                if (matched[i] >= 0) {
                    continue;
                }
                while (s < slots.size() && (used[s] || !slots.get(s).valid())) {
                    s++;
                }
                if (s < slots.size()) {
                    matched[i] = s;
                    used[s] = true;
                }
            }
        }
        return matched;
    }

    /** Invalid items grouped by the surviving item they follow; -1 means the start of the list. */
    private static <N, V> Map<Integer, List<N>> keptInvalidItems(List<Slot<N, V>> slots, int[] matched) {
        boolean[] survives = new boolean[slots.size()];
        for (int m : matched) {
            if (m >= 0) {
                survives[m] = true;
            }
        }
        Map<Integer, List<N>> groups = new HashMap<>();
        int anchor = -1;
        for (int s = 0; s < slots.size(); s++) {
            if (slots.get(s).valid()) {
                if (survives[s]) {
                    anchor = s;
                }
            } else {
                groups.computeIfAbsent(anchor, k -> new ArrayList<>()).add(slots.get(s).node());
            }
        }
        return groups;
    }
}
