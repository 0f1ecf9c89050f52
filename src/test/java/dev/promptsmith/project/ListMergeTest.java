package dev.promptsmith.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListMergeTest {

    /** Items "name=value"; invalid items are named "!..." and have no baseline. */
    private static List<ListMerge.Slot<String, String>> slots(String... items) {
        List<ListMerge.Slot<String, String>> out = new ArrayList<>();
        for (String item : items) {
            out.add(new ListMerge.Slot<>(item, item.startsWith("!") ? null : item.substring(0, item.indexOf('='))));
        }
        return out;
    }

    private static List<String> merge(List<ListMerge.Slot<String, String>> slots, List<String> values, boolean pair) {
        return ListMerge.merge(slots, values, v -> v, pair,
                (slot, value) -> slot == null ? value + "=new" : value + "=merged-into-" + slot.node());
    }

    @Test
    void unchangedValuesReuseTheirItemsInTheNewOrder() {
        assertThat(merge(slots("a=1", "b=2", "c=3"), List.of("c", "a"), false)).containsExactly("c=3", "a=1");
    }

    @Test
    void invalidItemsStayAfterTheItemTheyFollowed() {
        assertThat(merge(slots("a=1", "!x", "b=2", "!y"), List.of("b", "a"), false))
                .containsExactly("b=2", "!y", "a=1", "!x");
    }

    @Test
    void invalidItemsAfterARemovedItemMoveToThePreviousSurvivor() {
        assertThat(merge(slots("!start", "a=1", "!x", "b=2", "!y"), List.of("b"), false))
                .containsExactly("!start", "!x", "b=2", "!y");
    }

    @Test
    void newValuesAreCreatedOrPairedWithRemovedItemsWhenAsked() {
        assertThat(merge(slots("a=1", "b=2"), List.of("a", "z"), false)).containsExactly("a=1", "z=new");
        assertThat(merge(slots("a=1", "b=2"), List.of("a", "z"), true)).containsExactly("a=1", "z=merged-into-b=2");
    }
}
