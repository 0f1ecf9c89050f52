package dev.promptsmith.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns a character offset in a text into its 1-based line. */
final class LineIndex {

    private final int[] starts;

    LineIndex(String text) {
        List<Integer> list = new ArrayList<>();
        list.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                list.add(i + 1);
            }
        }
        starts = list.stream().mapToInt(Integer::intValue).toArray();
    }

    int lineAt(long offset) {
        int index = Arrays.binarySearch(starts, (int) offset);
        return index >= 0 ? index + 1 : -index - 1;
    }
}
