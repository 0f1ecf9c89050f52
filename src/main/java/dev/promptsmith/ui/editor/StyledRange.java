package dev.promptsmith.ui.editor;

import java.util.Objects;

/**
 * A styled stretch of editor text, {@code [start, end)} in characters. Lists of ranges handed
 * to the editor are sorted by start and do not overlap.
 */
public record StyledRange(int start, int end, String styleClass) {

    public StyledRange {
        Objects.requireNonNull(styleClass, "styleClass");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }
}
