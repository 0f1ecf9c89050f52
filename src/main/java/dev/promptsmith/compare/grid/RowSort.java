package dev.promptsmith.compare.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders of the comparison grid's rows, as comparators to pass to {@link #apply}. */
public final class RowSort {

    private RowSort() {
    }

    /** By test id in natural order: "t2" before "t10", digits compared as numbers. */
    public static Comparator<ComparisonRow> byTestId() {
        return Comparator.comparing(ComparisonRow::testId, naturalOrder());
    }

    /** Strings in natural order, digit runs compared by value: "t2" before "t10", then "t02" before "t2". */
    public static Comparator<String> naturalOrder() {
        return RowSort::compareNatural;
    }

    /**
     * By how much column B's mean score exceeds column A's (B − A), largest first when
     * {@code descending}; rows where either column has no cell come last either way, in test-id order.
     */
    public static Comparator<ComparisonRow> byScoreDifference(String columnA, String columnB, boolean descending) {
        Comparator<Double> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing((ComparisonRow row) -> difference(row, columnA, columnB), Comparator.nullsLast(order))
                .thenComparing(byTestId());
    }

    /** A sorted copy of {@code rows}; equal rows keep their order. */
    public static List<ComparisonRow> apply(List<ComparisonRow> rows, Comparator<ComparisonRow> order) {
        List<ComparisonRow> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        return sorted;
    }

    /** B − A, or null when the row lacks either cell. */
    static Double difference(ComparisonRow row, String columnA, String columnB) {
        ComparisonCell a = row.cells().get(columnA);
        ComparisonCell b = row.cells().get(columnB);
        return a == null || b == null ? null : b.meanScore() - a.meanScore();
    }

    private static int compareNatural(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            char cx = x.charAt(i);
            char cy = y.charAt(j);
            if (Character.isDigit(cx) && Character.isDigit(cy)) {
                int endX = digitsEnd(x, i);
                int endY = digitsEnd(y, j);
                int byValue = compareDigits(x, i, endX, y, j, endY);
                if (byValue != 0) {
                    return byValue;
                }
                i = endX;
                j = endY;
            } else if (cx != cy) {
                return Character.compare(cx, cy);
            } else {
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(x.length() - i, y.length() - j);
        return byLength != 0 ? byLength : x.compareTo(y);
    }

    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Digit runs [i, endX) of x and [j, endY) of y by value, of any length and without allocating. */
    private static int compareDigits(String x, int i, int endX, String y, int j, int endY) {
        while (i < endX - 1 && x.charAt(i) == '0') {
            i++;
        }
        while (j < endY - 1 && y.charAt(j) == '0') {
            j++;
        }
        if (endX - i != endY - j) {
            return Integer.compare(endX - i, endY - j);
        }
        for (; i < endX; i++, j++) {
            if (x.charAt(i) != y.charAt(j)) {
                return Character.compare(x.charAt(i), y.charAt(j));
            }
        }
        return 0;
    }
}
