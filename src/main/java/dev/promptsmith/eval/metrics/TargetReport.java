package dev.promptsmith.eval.metrics;

import java.util.List;

/**
 * Which columns meet a target, and which column is best.
 *
 * @param meetingColumns the ids of the columns that meet the target, best first
 * @param bestColumn     the best column ({@link TargetCheck#BEST_FIRST}), or null when there are none
 * @param shortfall      how far the best column's metric falls short of the target; 0 when it meets
 *                       it. A small shortfall says "iterate on the prompt" (DESIGN §1, step 6).
 */
public record TargetReport(Target target, List<String> meetingColumns, String bestColumn, double shortfall) {

    public TargetReport {
        meetingColumns = List.copyOf(meetingColumns);
    }

    public boolean met() {
        return !meetingColumns.isEmpty();
    }
}
