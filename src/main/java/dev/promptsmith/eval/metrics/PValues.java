package dev.promptsmith.eval.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Formats p-values for people: two significant digits, and "p &lt; 0.001" below that. */
public final class PValues {

    /** The significance level of every verdict. */
    public static final double ALPHA = 0.05;

    private PValues() {
    }

    /** "p = 0.021", "p = 0.50", "p = 1.0", or "p &lt; 0.001". */
    public static String format(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], was " + p);
        }
        if (p < 0.001) {
            return "p < 0.001";
        }
        BigDecimal rounded = BigDecimal.valueOf(p).round(new MathContext(2, RoundingMode.HALF_UP));
        if (rounded.precision() < 2) {
            // Keep the second digit visible: 0.5 reads as "0.50", 1 as "1.0".
            rounded = rounded.setScale(rounded.scale() + 2 - rounded.precision(), RoundingMode.UNNECESSARY);
        }
        return "p = " + rounded.toPlainString();
    }

    public static boolean significant(double p) {
        return p < ALPHA;
    }
}
