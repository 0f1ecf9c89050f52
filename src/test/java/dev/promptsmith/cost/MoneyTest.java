package dev.promptsmith.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsShowCentsOrTheDigitsASingleCallNeeds() {
        assertThat(Money.usd(new BigDecimal("1.5"))).isEqualTo("$1.50");
        assertThat(Money.usd(new BigDecimal("12.34567"))).isEqualTo("$12.3457");
        assertThat(Money.usd(new BigDecimal("0.0412"))).isEqualTo("$0.0412");
        assertThat(Money.usd(new BigDecimal("0.000075"))).isEqualTo("$0.000075");
        assertThat(Money.usd(new BigDecimal("0.00123456"))).isEqualTo("$0.0012");
        assertThat(Money.usd(BigDecimal.ZERO)).isEqualTo("$0.00");
    }

    @Test
    void unknownIsNeverShownAsZero() {
        assertThat(Money.usd(null)).isEqualTo("unknown");
    }

    @Test
    void totalsAreShownToTheCentWithThousandsSeparators() {
        assertThat(Money.total(new BigDecimal("12120"))).isEqualTo("$12,120.00");
        assertThat(Money.total(new BigDecimal("7950.0035"))).isEqualTo("$7,950.00");
        assertThat(Money.total(new BigDecimal("-323.456"))).isEqualTo("-$323.46");
        assertThat(Money.total(new BigDecimal("-0.001"))).isEqualTo("$0.00");
        assertThat(Money.total(null)).isEqualTo("unknown");
    }
}
