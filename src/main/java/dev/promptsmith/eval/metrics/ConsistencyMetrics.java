package dev.promptsmith.eval.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Measures agreement across repeats, per column. */
public final class ConsistencyMetrics {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ConsistencyMetrics() {
    }

    /** One report per column, in the order the columns first appear. */
    public static List<ConsistencyReport> of(List<ScoredCell> cells) {
        List<ConsistencyReport> reports = new ArrayList<>();
        Grouping.byColumn(cells).forEach((columnId, columnCells) -> reports.add(ofColumn(columnId, columnCells)));
        return List.copyOf(reports);
    }

    /** The report of one column's cells. */
    public static ConsistencyReport ofColumn(String columnId, List<ScoredCell> columnCells) {
        int compared = 0;
        int agreeing = 0;
        int distinctTotal = 0;
        List<String> flaky = new ArrayList<>();
        for (Map.Entry<String, List<ScoredCell>> entry : Grouping.byCase(columnCells).entrySet()) {
            List<ScoredCell> repeats = entry.getValue();
            if (repeats.size() < 2) {
                continue;
            }
            Set<Boolean> verdicts = new HashSet<>();
            Set<String> outputs = new HashSet<>();
            for (ScoredCell cell : repeats) {
                verdicts.add(cell.passed());
                outputs.add(normalize(cell.output()));
            }
            compared++;
            distinctTotal += outputs.size();
            agreeing += verdicts.size() == 1 && outputs.size() == 1 ? 1 : 0;
            if (verdicts.size() > 1) {
                flaky.add(entry.getKey());
            }
        }
        double meanDistinct = compared == 0 ? Double.NaN : (double) distinctTotal / compared;
        return new ConsistencyReport(columnId, compared, agreeing, meanDistinct, flaky);
    }

    /**
     * The form in which two outputs count as the same: trimmed, every run of whitespace collapsed to
     * one space, lower-cased (Locale.ROOT, so the result does not depend on the user's locale).
     * "Billing\n" and " billing " agree; "billing." and "billing" do not — punctuation can matter.
     */
    public static String normalize(String output) {
        return WHITESPACE.matcher(output.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
