package dev.promptsmith.export.finetune;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The estimated cost of a supervised training job: billing tokens × epochs × the price per million
 * training tokens. The price is the caller's (training prices are not in the price table and change);
 * without one the cost is unknown, never zero.
 *
 * @param billingTokens the examples' tokens, each capped at the per-example limit (longer ones are truncated)
 * @param pricePerMillion USD per 1M training tokens, or null when unknown
 */
public record TrainingCost(long billingTokens, int epochs, BigDecimal pricePerMillion) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** Trained tokens: every billing token once per epoch. */
    public long trainedTokens() {
        return billingTokens * epochs;
    }

    /** The cost in USD, empty when the price is unknown. */
    public Optional<BigDecimal> usd() {
        if (pricePerMillion == null) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(trainedTokens()).multiply(pricePerMillion)
                .divide(MILLION, MathContext.DECIMAL64));
    }

    /** {@code "$1.23"}, {@code "< $0.01"} for a cost that rounds to nothing, or {@code "unknown"} without a price. */
    public String display() {
        return usd().map(TrainingCost::dollars).orElse("unknown");
    }

    private static String dollars(BigDecimal value) {
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
        if (cents.signum() == 0 && value.signum() > 0) {
            return "< $0.01";
        }
        return "$" + cents.toPlainString();
    }
}
