package dev.promptsmith.eval.metrics;

/**
 * Two columns compared on the test cases both have run: A is the baseline, B the candidate, and
 * wins and losses are B's.
 *
 * @param sharedCases     cases present in both columns; the only ones compared
 * @param wins            cases B passed and A failed (McNemar's c)
 * @param losses          cases A passed and B failed (McNemar's b)
 * @param ties            cases both passed or both failed
 * @param mcNemar         the test on wins vs losses
 * @param scoreDifference paired bootstrap of mean score B − A
 * @param verdict         the pass/fail result in one sentence, e.g. "B beats A on 12 cases and
 *                        loses 3; p = 0.021 (McNemar exact): B is better."
 * @param scoreVerdict    the score result in one sentence
 */
public record PairedComparison(String columnA, String columnB, int sharedCases, int wins, int losses, int ties,
        McNemarResult mcNemar, BootstrapResult scoreDifference, String verdict, String scoreVerdict) {
}
