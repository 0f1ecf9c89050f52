package dev.promptsmith.ui.editor;

import java.util.List;
import java.util.Set;

/**
 * Computes the style ranges of a template's text. Called off the FX thread, so
 * implementations must be thread-safe and must not touch nodes.
 */
@FunctionalInterface
public interface SyntaxHighlighter {

    /** Sorted, non-overlapping ranges for {@code text}; {@code knownVariables} are the defined names. */
    List<StyledRange> highlight(String text, Set<String> knownVariables);

    /**
     * This highlighter keeping only ranges of the given style classes. Raw templates use it to
     * keep section tags visible while braces stay plain text.
     */
    default SyntaxHighlighter retaining(Set<String> styleClasses) {
        Set<String> kept = Set.copyOf(styleClasses);
        return (text, knownVariables) -> highlight(text, knownVariables).stream()
                .filter(range -> kept.contains(range.styleClass()))
                .toList();
    }
}
