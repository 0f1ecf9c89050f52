package dev.promptsmith.ui.editor;

import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Merges syntax ranges with an overlay (find matches) into style spans covering a whole
 * document, so that a match keeps its syntax colour and adds its own background.
 */
final class StyleLayers {

    private StyleLayers() {
    }

    /**
     * Style spans of length {@code length}. Both lists are sorted and non-overlapping; ranges
     * reaching past {@code length} are clipped, so slightly stale input never throws.
     */
    static StyleSpans<Collection<String>> merge(List<StyledRange> base, List<StyledRange> overlay, int length) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>(base.size() * 2 + overlay.size() * 2 + 1);
        int i = 0;
        int j = 0;
        int pos = 0;
        while (pos < length) {
            while (i < base.size() && base.get(i).end() <= pos) {
                i++;
            }
            while (j < overlay.size() && overlay.get(j).end() <= pos) {
                j++;
            }
            StyledRange b = i < base.size() ? base.get(i) : null;
            StyledRange o = j < overlay.size() ? overlay.get(j) : null;
            int next = Math.min(length, Math.min(boundary(b, pos), boundary(o, pos)));
            builder.add(classes(covering(b, pos), covering(o, pos)), next - pos);
            pos = next;
        }
        if (length == 0) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }

    /** Where the style contributed by {@code range} next changes, seen from {@code pos}. */
    private static int boundary(StyledRange range, int pos) {
        if (range == null) {
            return Integer.MAX_VALUE;
        }
        return range.start() > pos ? range.start() : range.end();
    }

    private static String covering(StyledRange range, int pos) {
        return range != null && range.start() <= pos ? range.styleClass() : null;
    }

    private static Collection<String> classes(String base, String overlay) {
        if (base == null) {
            return overlay == null ? List.of() : List.of(overlay);
        }
        return overlay == null ? List.of(base) : List.of(base, overlay);
    }
}
