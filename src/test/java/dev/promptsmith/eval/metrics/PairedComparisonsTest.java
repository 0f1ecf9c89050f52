package dev.promptsmith.eval.metrics;

import static dev.promptsmith.eval.metrics.CellBuilder.cell;
import static dev.promptsmith.eval.metrics.CellBuilder.failing;
import static dev.promptsmith.eval.metrics.CellBuilder.passing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedComparisonsTest {

    private static final String A = "triage-basic × gpt-4o-mini";
    private static final String B = "triage-cot × gpt-4o-mini";

    /** Adds cases named prefix1…prefixN with the given pass/fail on each side. */
    private static void cases(List<ScoredCell> cells, String prefix, int n, boolean passA, boolean passB) {
        for (int i = 1; i <= n; i++) {
            cells.add(passA ? passing(A, prefix + i) : failing(A, prefix + i));
            cells.add(passB ? passing(B, prefix + i) : failing(B, prefix + i));
        }
    }

    private static PairedComparison compare(List<ScoredCell> cells) {
        return PairedComparisons.compare(cells, A, B, 42);
    }

    @Test
    void countsWinsLossesAndTiesOnSharedCasesOnly() {
        List<ScoredCell> cells = new ArrayList<>();
        cases(cells, "win", 9, false, true);
        cases(cells, "loss", 1, true, false);
        cases(cells, "bothPass", 3, true, true);
        cases(cells, "bothFail", 2, false, false);
        cells.add(failing(A, "onlyInA"));
        cells.add(passing(B, "onlyInB"));

        PairedComparison c = compare(cells);

        assertThat(c.sharedCases()).isEqualTo(15); // 9 + 1 + 3 + 2
        assertThat(c.wins()).isEqualTo(9);
        assertThat(c.losses()).isEqualTo(1);
        assertThat(c.ties()).isEqualTo(5);
        // b = 1, c = 9 → exact p = 22/1024 = 0.021484375
        assertThat(c.mcNemar().pValue()).isEqualTo(22.0 / 1024);
        assertThat(c.verdict()).isEqualTo(B + " beats " + A + " on 9 cases and loses 1; p = 0.021 (McNemar exact): "
                + B + " is better.");
        // scores are 1/0 with pass/fail: differences +1 ×9, −1 ×1, 0 ×5 → mean 8/15 = 0.533
        assertThat(c.scoreDifference().meanDifference()).isCloseTo(8.0 / 15, within(1e-12));
        assertThat(c.scoreVerdict()).startsWith("Mean score " + B + " − " + A + " = +0.533 (95% CI ")
                .endsWith("(paired bootstrap): " + B + " scores higher.");
    }

    @Test
    void saysNoSignificantDifferenceAboveAlpha() {
        List<ScoredCell> cells = new ArrayList<>();
        cases(cells, "win", 3, false, true);
        cases(cells, "loss", 2, true, false);

        // b = 2, c = 3: 2·(C(5,0) + C(5,1) + C(5,2))/2⁵ = 2·16/32 = 1.0
        assertThat(compare(cells).verdict()).isEqualTo(B + " beats " + A
                + " on 3 cases and loses 2; p = 1.0 (McNemar exact): no significant difference.");
    }

    @Test
    void namesTheBaselineWhenItIsBetter() {
        List<ScoredCell> cells = new ArrayList<>();
        cases(cells, "win", 1, false, true);
        cases(cells, "loss", 8, true, false);

        // b = 8, c = 1: 2·(1 + 9)/2⁹ = 20/512 = 0.0390625 → "0.039"
        assertThat(compare(cells).verdict()).isEqualTo(B + " beats " + A
                + " on 1 case and loses 8; p = 0.039 (McNemar exact): " + A + " is better.");
    }

    @Test
    void usesChiSquareFromTwentyFiveDiscordantPairs() {
        List<ScoredCell> cells = new ArrayList<>();
        cases(cells, "win", 25, false, true);
        cases(cells, "loss", 10, true, false);

        // χ² = (|10 − 25| − 1)²/35 = 5.6 → p = 0.017960 → "0.018"
        assertThat(compare(cells).verdict()).isEqualTo(B + " beats " + A
                + " on 25 cases and loses 10; p = 0.018 (McNemar χ², continuity-corrected): " + B + " is better.");
    }

    @Test
    void foldsRepeatsByMajorityBeforePairing() {
        List<ScoredCell> cells = List.of(
                // A passes 2 of 3 repeats → pass; B passes 1 of 3 → fail
                passing(A, "t1"), cell(A, "t1").repeat(1).build(), cell(A, "t1").repeat(2).fail().build(),
                passing(B, "t1"), cell(B, "t1").repeat(1).fail().build(), cell(B, "t1").repeat(2).fail().build());

        PairedComparison c = compare(cells);

        assertThat(c.sharedCases()).isEqualTo(1);
        assertThat(c.losses()).isEqualTo(1);
        // mean scores per case: A (1 + 1 + 0)/3 = 2/3, B 1/3 → difference −1/3
        assertThat(c.scoreDifference().meanDifference()).isCloseTo(-1.0 / 3, within(1e-12));
    }

    @Test
    void scoreVerdictForAConstantImprovement() {
        List<ScoredCell> cells = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            cells.add(cell(A, "t" + i).score(0.7).build());
            cells.add(cell(B, "t" + i).score(0.9).build());
        }

        PairedComparison c = compare(cells);

        // every difference is 0.2, so every resample mean is 0.2: p = 2/10001 < 0.001
        assertThat(c.scoreVerdict()).isEqualTo("Mean score " + B + " − " + A
                + " = +0.200 (95% CI +0.200 to +0.200); p < 0.001 (paired bootstrap): " + B + " scores higher.");
        assertThat(c.verdict()).isEqualTo(B + " and " + A + " pass and fail the same 6 cases: no difference.");
    }

    @Test
    void columnsWithoutCommonCasesAreSaidSo() {
        List<ScoredCell> cells = List.of(passing(A, "t1"), passing(B, "t2"));

        PairedComparison c = compare(cells);

        assertThat(c.sharedCases()).isZero();
        assertThat(c.verdict()).isEqualTo("No test cases in common between " + A + " and " + B + ".");
    }

    @Test
    void isDeterministicForAGivenSeed() {
        List<ScoredCell> cells = new ArrayList<>();
        double[] a = {0.2, 0.5, 0.9, 0.4, 0.6, 0.1, 0.8, 0.3};
        double[] b = {0.4, 0.5, 0.7, 0.9, 0.6, 0.5, 0.8, 0.2};
        for (int i = 0; i < a.length; i++) {
            cells.add(cell(A, "t" + i).score(a[i]).build());
            cells.add(cell(B, "t" + i).score(b[i]).build());
        }

        assertThat(PairedComparisons.compare(cells, A, B, 10_000, 99))
                .isEqualTo(PairedComparisons.compare(cells, A, B, 10_000, 99));
    }
}
