package dev.promptsmith.eval.assertion;

import java.util.Optional;

/**
 * Inclusive limits read from an assertion value: {@code {min: 10, max: 200}} (either may be left out)
 * or a single number, which means exactly that many.
 */
record Bounds(Double min, Double max) {

    static Optional<Bounds> parse(Object value) {
        Optional<Double> exact = AssertionValues.number(value);
        if (exact.isPresent()) {
            return Optional.of(new Bounds(exact.get(), exact.get()));
        }
        Double min = AssertionValues.field(value, "min").flatMap(AssertionValues::number).orElse(null);
        Double max = AssertionValues.field(value, "max").flatMap(AssertionValues::number).orElse(null);
        return min == null && max == null ? Optional.empty() : Optional.of(new Bounds(min, max));
    }

    boolean contains(double n) {
        return (min == null || n >= min) && (max == null || n <= max);
    }

    /** "Output has 12 words, within 10–20" or "…, below the minimum of 10". */
    String judge(String measured, double n, String unit) {
        String prefix = measured + " " + Texts.number(n) + " " + unit;
        if (min != null && n < min) {
            return prefix + ", below the minimum of " + Texts.number(min);
        }
        if (max != null && n > max) {
            return prefix + ", above the maximum of " + Texts.number(max);
        }
        return prefix + ", within " + describe();
    }

    private String describe() {
        if (min != null && min.equals(max)) {
            return "the required " + Texts.number(min);
        }
        if (min != null && max != null) {
            return Texts.number(min) + "–" + Texts.number(max);
        }
        return min != null ? "the minimum of " + Texts.number(min) : "the maximum of " + Texts.number(max);
    }
}
