package dev.promptsmith.cost.advice;

import java.util.List;
import java.util.Locale;

/** How advice writes numbers and lists: percentages, points, short lists of case ids. */
final class AdviceText {

    /** At most this many ids are named in a statement; the rest are counted. */
    static final int NAMED_CASES = 8;

    private AdviceText() {
    }

    /** 0.84 → "84%", 0.845 → "84.5%". */
    static String pct(double value) {
        return trim(value * 100) + "%";
    }

    /** A difference of two rates in percentage points: 0.06 → "6 points". */
    static String points(double difference) {
        String n = trim(difference * 100);
        return n + (n.equals("1") ? " point" : " points");
    }

    /** "t1, t2, t3" or "t1, t2, … and 5 more". */
    static String ids(List<String> ids) {
        if (ids.size() <= NAMED_CASES) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, NAMED_CASES)) + " and " + (ids.size() - NAMED_CASES) + " more";
    }

    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    private static String trim(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.format(Locale.ROOT, "%.0f", rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
