package dev.promptsmith.dataset;

/** A label the test suite covers too thinly, with the reason in words. */
public record CoverageGap(String label, Kind kind, String message) {

    /** Why the label is a gap. */
    public enum Kind {
        /** Fewer cases than the minimum. */
        TOO_FEW_CASES,
        /** No case tagged as an edge case. */
        NO_EDGE_CASE,
        /** The suite holds cases out, but none of this label. */
        NO_HELDOUT_CASE
    }
}
