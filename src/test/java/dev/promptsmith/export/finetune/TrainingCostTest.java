package dev.promptsmith.export.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TrainingCostTest {

    @Test
    void costIsBillingTokensTimesEpochsTimesThePricePerMillion() {
        TrainingCost cost = new TrainingCost(2_000_000, 3, new BigDecimal("25"));

        assertThat(cost.trainedTokens()).isEqualTo(6_000_000);
        assertThat(cost.usd()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("150"));
        assertThat(cost.display()).isEqualTo("$150.00");
    }

    @Test
    void anUnknownPriceIsUnknownNeverZero() {
        TrainingCost cost = new TrainingCost(2_000_000, 3, null);

        assertThat(cost.usd()).isEmpty();
        assertThat(cost.display()).isEqualTo("unknown");
    }

    @Test
    void aCostBelowACentIsNotShownAsZero() {
        assertThat(new TrainingCost(100, 3, new BigDecimal("3")).display()).isEqualTo("< $0.01");
        assertThat(new TrainingCost(0, 3, new BigDecimal("3")).display()).isEqualTo("$0.00");
    }
}
