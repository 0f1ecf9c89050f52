package dev.promptsmith.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How amounts of US dollars are shown: cents for large sums, enough digits for a single call. */
public final class Money {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private Money() {
    }

    /** "$12,120.00": a monthly or yearly total, to the cent with thousands separators; null is "unknown". */
    public static String total(BigDecimal amount) {
        if (amount == null) {
            return "unknown";
        }
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        return (cents.signum() < 0 ? "-$" : "$") + String.format(java.util.Locale.ROOT, "%,.2f", cents.abs());
    }

    /** "$1.25", "$0.0412", "$0.000075"; null is "unknown", never "$0". */
    public static String usd(BigDecimal amount) {
        if (amount == null) {
            return "unknown";
        }
        if (amount.signum() == 0) {
            return "$0.00";
        }
        BigDecimal shown = amount.abs().compareTo(CENT) < 0
                ? amount.round(new MathContext(2, RoundingMode.HALF_UP))
                : amount.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (shown.scale() < 2) {
            shown = shown.setScale(2, RoundingMode.UNNECESSARY);
        }
        return "$" + shown.toPlainString();
    }
}
