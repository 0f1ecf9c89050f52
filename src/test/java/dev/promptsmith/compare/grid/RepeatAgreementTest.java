package dev.promptsmith.compare.grid;

import static dev.promptsmith.compare.grid.GridFixtures.cell;
import static dev.promptsmith.compare.grid.GridFixtures.fail;
import static dev.promptsmith.compare.grid.GridFixtures.pass;
import static dev.promptsmith.compare.grid.GridFixtures.row;
import static dev.promptsmith.compare.grid.GridFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Split;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepeatAgreementTest {

    @Test
    void theRateIsTheShareOfRepeatsGivingTheMostCommonNormalisedOutput() {
        // "Billing", " billing" and "BILLING\n" normalise alike; "refund" is the odd one: 3 of 4 agree.
        ComparisonRow row = row(test("t1", Map.of(), null, Split.DEV),
                "gpt", cell(pass(0, "Billing"), pass(1, " billing"), fail(2, "refund", 0), pass(3, "BILLING\n")));

        List<ColumnAgreement> agreement = RepeatAgreement.of(row);

        assertThat(agreement).hasSize(1);
        ColumnAgreement gpt = agreement.get(0);
        assertThat(gpt.columnId()).isEqualTo("gpt");
        assertThat(gpt.outputs()).containsExactly("Billing", " billing", "refund", "BILLING\n");
        assertThat(gpt.passes()).containsExactly(true, true, false, true);
        assertThat(gpt.distinctOutputs()).isEqualTo(2);
        assertThat(gpt.agreementRate()).isEqualTo(0.75);
        assertThat(gpt.unanimous()).isFalse();
        assertThat(gpt.flaky()).isTrue();
    }

    @Test
    void repeatsAlikeInOutputAndVerdictAreUnanimousAndNotFlaky() {
        ComparisonRow row = row(test("t1", Map.of(), null, Split.DEV),
                "gpt", cell(pass(0, "bug"), pass(1, "Bug ")), "claude", cell(fail(0, "a", 0), fail(1, "b", 0)));

        List<ColumnAgreement> agreement = RepeatAgreement.of(row);

        assertThat(agreement).extracting(ColumnAgreement::columnId).containsExactly("gpt", "claude");
        assertThat(agreement.get(0).agreementRate()).isEqualTo(1.0);
        assertThat(agreement.get(0).unanimous()).isTrue();
        // Same verdict, different outputs: consistent on pass/fail but not unanimous.
        assertThat(agreement.get(1).agreementRate()).isEqualTo(0.5);
        assertThat(agreement.get(1).unanimous()).isFalse();
        assertThat(agreement.get(1).flaky()).isFalse();
    }

    @Test
    void aSingleCallHasNothingToAgreeWith() {
        ColumnAgreement single = RepeatAgreement.of(row(test("t1", Map.of(), null, Split.DEV), "gpt", cell(pass(0, "x")))).get(0);

        assertThat(single.repeats()).isEqualTo(1);
        assertThat(single.agreementRate()).isNaN();
        assertThat(single.unanimous()).isTrue();
        assertThat(single.flaky()).isFalse();
    }
}
