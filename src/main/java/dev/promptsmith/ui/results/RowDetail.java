package dev.promptsmith.ui.results;

import dev.promptsmith.compare.diff.DiffSegment;
import dev.promptsmith.compare.diff.JsonDiffResult;
import dev.promptsmith.compare.grid.ColumnAgreement;
import dev.promptsmith.store.AssertionOutcome;
import java.util.List;

/**
 * Everything the detail pane shows for one row, computed off the FX thread: the test, each
 * column's output with its diff against the expected output, its assertions, its repeats, the
 * request as the prompt renders it now, and the diff between the two chosen columns.
 *
 * @param diffAB word diff of column B's output against column A's, or empty when either is missing
 */
public record RowDetail(String testId, String about, String inputs, String expected, List<Column> columns,
                        String columnA, String columnB, List<DiffSegment> diffAB, JsonDiffResult jsonDiffAB) {

    public RowDetail {
        columns = List.copyOf(columns);
        diffAB = List.copyOf(diffAB);
    }

    /**
     * One column's part.
     *
     * @param diffVsExpected the output's words against the expected output's (empty without one)
     * @param jsonVsExpected the structural diff against an expected JSON value, or null when either is not JSON
     */
    public record Column(String columnId, String prompt, String modelId, Boolean pass, String verdict, String meta,
                         String error, String output, List<DiffSegment> diffVsExpected, JsonDiffResult jsonVsExpected,
                         List<AssertionOutcome> assertions, ColumnAgreement repeats, String request) {

        public Column {
            diffVsExpected = List.copyOf(diffVsExpected);
            assertions = List.copyOf(assertions);
        }
    }
}
