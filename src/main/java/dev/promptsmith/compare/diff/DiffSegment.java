package dev.promptsmith.compare.diff;

import java.util.Objects;

/**
 * One run of a word diff, with where it lies in both texts as character offsets [start, end).
 * A DELETED run is empty on the right ({@code rightStart == rightEnd}, the point where it would
 * have been) and an INSERTED run is empty on the left, so a view can place either side's markers.
 *
 * @param text the run's text: from the left text for EQUAL and DELETED, from the right for INSERTED
 */
public record DiffSegment(DiffOp op, String text, int leftStart, int leftEnd, int rightStart, int rightEnd) {

    public DiffSegment {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(text, "text");
        if (leftStart < 0 || leftEnd < leftStart || rightStart < 0 || rightEnd < rightStart) {
            throw new IllegalArgumentException("bad offsets " + leftStart + ".." + leftEnd + " / " + rightStart + ".." + rightEnd);
        }
    }

    public boolean changed() {
        return op != DiffOp.EQUAL;
    }
}
