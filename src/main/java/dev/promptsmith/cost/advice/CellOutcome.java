package dev.promptsmith.cost.advice;

import dev.promptsmith.cost.ColumnRef;
import dev.promptsmith.store.AssertionOutcome;
import dev.promptsmith.store.StoredCell;
import java.util.List;
import java.util.Objects;

/**
 * One cell's verdict with its assertion outcomes, as the advisor reads it.
 *
 * @param error whether the call or the render failed (its assertions then did not run)
 */
public record CellOutcome(String testId, ColumnRef column, int repeat, boolean pass, boolean error,
        List<AssertionOutcome> assertions) {

    public CellOutcome {
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(column, "column");
        assertions = List.copyOf(assertions);
    }

    public static CellOutcome of(StoredCell cell, ColumnRef column) {
        return new CellOutcome(cell.key().testId(), column, cell.key().repeat(), cell.ok() && cell.pass(), !cell.ok(),
                cell.assertions());
    }
}
