package dev.promptsmith.eval.metrics;

import java.util.List;

/**
 * Token use of a column: totals over every cell (every call, repeats and errors included, since
 * each was billed for what it used) and means per cell.
 */
public record TokenStats(int cells, long inputTotal, long outputTotal) {

    public long total() {
        return inputTotal + outputTotal;
    }

    public double meanInput() {
        return cells == 0 ? 0 : (double) inputTotal / cells;
    }

    public double meanOutput() {
        return cells == 0 ? 0 : (double) outputTotal / cells;
    }

    static TokenStats of(List<ScoredCell> cells) {
        long in = 0;
        long out = 0;
        for (ScoredCell cell : cells) {
            in += cell.inputTokens();
            out += cell.outputTokens();
        }
        return new TokenStats(cells.size(), in, out);
    }
}
