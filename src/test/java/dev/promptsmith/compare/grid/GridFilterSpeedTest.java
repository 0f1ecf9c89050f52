package dev.promptsmith.compare.grid;

import static dev.promptsmith.compare.grid.GridFixtures.cell;
import static dev.promptsmith.compare.grid.GridFixtures.fail;
import static dev.promptsmith.compare.grid.GridFixtures.pass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Split;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The grid's filters and sorts on 10,000 rows × 6 columns; times are printed, not asserted. */
class GridFilterSpeedTest {

    private static final List<String> COLUMNS = List.of("c1", "c2", "c3", "c4", "c5", "c6");

    @Test
    void tenThousandRowsOfSixColumnsFilterAndSort() {
        List<ComparisonRow> rows = rows(10_000, new Random(5));
        Map<String, Predicate<ComparisonRow>> filters = new LinkedHashMap<>();
        filters.put("failures only", RowFilter.failuresOnly());
        filters.put("outputs differ", RowFilter.outputsDiffer());
        filters.put("tag", RowFilter.tag("refund"));
        filters.put("split", RowFilter.split(Split.HELDOUT));
        filters.put("search (no match)", RowFilter.search("NO SUCH TEXT"));
        filters.put("all combined", RowFilter.failuresOnly().and(RowFilter.outputsDiffer()).and(RowFilter.search("Ticket 9")));
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            filters.values().forEach(f -> RowFilter.apply(rows, f));
        }
        StringBuilder report = new StringBuilder("Filters over 10,000 rows × 6 columns:");
        for (Map.Entry<String, Predicate<ComparisonRow>> filter : filters.entrySet()) {
            long best = Long.MAX_VALUE;
            int kept = 0;
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                kept = RowFilter.apply(rows, filter.getValue()).size();
                best = Math.min(best, System.nanoTime() - start);
            }
            report.append(String.format(" %s %d rows in %.1f ms;", filter.getKey(), kept, best / 1e6));
        }
        List<ComparisonRow> sorted = null;
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            sorted = RowSort.apply(rows, RowSort.byScoreDifference("c1", "c2", true));
            best = Math.min(best, System.nanoTime() - start);
        }
        report.append(String.format(" sort by score difference %.1f ms (best of 5 each)", best / 1e6));
        System.out.println(report);

        assertThat(RowFilter.apply(rows, RowFilter.search("NO SUCH TEXT"))).isEmpty();
        assertThat(RowFilter.apply(rows, RowFilter.tag("refund"))).hasSize(5_000);
        assertThat(sorted).hasSize(10_000);
        assertThat(RowSort.difference(sorted.get(0), "c1", "c2")).isGreaterThanOrEqualTo(RowSort.difference(sorted.get(9_999), "c1", "c2"));
    }

    /** Rows with 600-character outputs; every other row tagged "refund", one in three held out. */
    private static List<ComparisonRow> rows(int count, Random random) {
        String filler = "The customer writes about an invoice that was charged twice and asks for help. ".repeat(8);
        List<ComparisonRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, ComparisonCell> cells = new LinkedHashMap<>();
            for (String column : COLUMNS) {
                String output = filler.substring(random.nextInt(20)) + " queue " + random.nextInt(3);
                cells.put(column, cell(random.nextInt(4) == 0 ? fail(0, output, random.nextDouble()) : pass(0, output)));
            }
            var test = GridFixtures.test("t" + i, Map.of("ticket", "Ticket " + i + ": " + filler.substring(0, 120)),
                    "billing", i % 3 == 0 ? Split.HELDOUT : Split.DEV, i % 2 == 0 ? "refund" : "bug");
            rows.add(new ComparisonRow(test.id(), test, cells));
        }
        return rows;
    }
}
