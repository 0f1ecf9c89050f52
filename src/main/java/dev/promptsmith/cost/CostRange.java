package dev.promptsmith.cost;

import java.math.BigDecimal;

/**
 * An estimated amount of US dollars: low, expected and high. Each bound is null when unknown
 * (a model without a price), never $0.
 */
public record CostRange(BigDecimal low, BigDecimal expected, BigDecimal high) {

    public static final CostRange ZERO = new CostRange(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    public static final CostRange UNKNOWN = new CostRange(null, null, null);

    public boolean known() {
        return low != null && expected != null && high != null;
    }

    /** The sum; unknown as soon as either side is. */
    public CostRange plus(CostRange other) {
        return new CostRange(add(low, other.low), add(expected, other.expected), add(high, other.high));
    }

    /** "$0.12 – $0.40 (expected $0.21)", or "unknown". */
    public String display() {
        if (!known()) {
            return "unknown";
        }
        return Money.usd(low) + " – " + Money.usd(high) + " (expected " + Money.usd(expected) + ")";
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }
}
