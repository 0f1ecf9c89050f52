package dev.promptsmith.dataset;

/** How one group of test cases was split. */
public record StratumSummary(String stratum, int size, int heldOut) {

    public int dev() {
        return size - heldOut;
    }
}
