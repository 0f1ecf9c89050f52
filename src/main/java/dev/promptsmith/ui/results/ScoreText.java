package dev.promptsmith.ui.results;

/**
 * Scores as cells show them, with two decimals. Written by hand because {@code String.format} was a
 * fifth of the time to open a 60,000-cell run: every cell shows one.
 */
final class ScoreText {

    private ScoreText() {
    }

    /** {@code 0.75}, {@code 1.00}, {@code -0.13}: rounded half away from zero, like {@code %.2f}. */
    static String twoDecimals(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        long hundredths = Math.round(Math.abs(value) * 100);
        long fraction = hundredths % 100;
        return (value < 0 && hundredths != 0 ? "-" : "") + hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }

    /** {@code PASS 0.75} or {@code FAIL 0.20}. */
    static String verdict(boolean pass, double score) {
        return (pass ? "PASS " : "FAIL ") + twoDecimals(score);
    }
}
