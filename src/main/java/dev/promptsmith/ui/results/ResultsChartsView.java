package dev.promptsmith.ui.results;

import dev.promptsmith.compare.grid.CellRun;
import dev.promptsmith.compare.grid.ComparisonGrid;
import dev.promptsmith.compare.grid.ComparisonRow;
import dev.promptsmith.eval.metrics.ColumnSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Charts of the run shown: pass rate per column, cost against score (one point per column, the
 * cheapest column that meets the target marked), and the latency distribution of each column.
 */
final class ResultsChartsView extends HBox {

    private static final long[] LATENCY_BUCKETS_MS = {250, 500, 1000, 2000, 5000, 10_000, Long.MAX_VALUE};

    private final ComparisonGridModel grid;
    private final DoubleSupplier target;
    private final BarChart<String, Number> passRates = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 10));
    private final ScatterChart<Number, Number> costScore = new ScatterChart<>(new NumberAxis(), new NumberAxis(0, 1, 0.1));
    private final BarChart<String, Number> latency = new BarChart<>(new CategoryAxis(), new NumberAxis());

    /** @param target the project's pass-rate target (0–1), or NaN when it sets none */
    ResultsChartsView(ComparisonGridModel grid, DoubleSupplier target) {
        this.grid = grid;
        this.target = target;
        setId("resultsCharts");
        setSpacing(8);
        passRates.setTitle("Pass rate per column (%)");
        passRates.setLegendVisible(false);
        costScore.setTitle("Cost of the run (USD) against mean score");
        latency.setTitle("Latency per column (calls per bucket)");
        for (var chart : List.of(passRates, costScore, latency)) {
            chart.setAnimated(false);
            HBox.setHgrow(chart, Priority.ALWAYS);
            chart.setMinWidth(200);
        }
        getChildren().addAll(passRates, costScore, latency);
        grid.summaries().addListener((ListChangeListener<ColumnSummary>) c -> refresh());
    }

    private void refresh() {
        List<ColumnSummary> summaries = grid.summaries();
        XYChart.Series<String, Number> rates = new XYChart.Series<>();
        summaries.forEach(s -> rates.getData().add(new XYChart.Data<>(s.columnId(), s.passRate().value() * 100)));
        passRates.getData().setAll(List.of(rates));
        ColumnSummary cheapest = cheapestMeetingTarget(summaries);
        List<XYChart.Series<Number, Number>> points = new ArrayList<>();
        for (ColumnSummary s : summaries) {
            if (!s.cost().known()) {
                continue;
            }
            XYChart.Series<Number, Number> point = new XYChart.Series<>();
            point.setName(s.columnId() + (s == cheapest ? " — cheapest meeting the target" : ""));
            point.getData().add(new XYChart.Data<>(s.cost().usd().doubleValue(), s.meanScore().value()));
            points.add(point);
        }
        costScore.getData().setAll(points);
        latency.getData().setAll(latencySeries(grid.grid()));
        for (var series : latency.getData()) {
            for (var data : series.getData()) {
                if (data.getNode() != null) {
                    Tooltip.install(data.getNode(), new Tooltip(series.getName() + ": " + data.getYValue() + " calls"));
                }
            }
        }
    }

    private ColumnSummary cheapestMeetingTarget(List<ColumnSummary> summaries) {
        double goal = target.getAsDouble();
        if (Double.isNaN(goal)) {
            return null;
        }
        return summaries.stream().filter(s -> s.passRate().value() >= goal && s.cost().known())
                .min(java.util.Comparator.comparing(s -> s.cost().usd())).orElse(null);
    }

    private static List<XYChart.Series<String, Number>> latencySeries(ComparisonGrid grid) {
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        if (grid == null) {
            return series;
        }
        for (String column : grid.columns()) {
            int[] counts = new int[LATENCY_BUCKETS_MS.length];
            for (ComparisonRow row : grid.rows()) {
                row.cell(column).ifPresent(cell -> {
                    for (CellRun run : cell.repeats()) {
                        if (run.latencyMs() != null && !run.cacheHit()) {
                            counts[bucket(run.latencyMs())]++;
                        }
                    }
                });
            }
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(column);
            for (int i = 0; i < counts.length; i++) {
                s.getData().add(new XYChart.Data<>(label(i), counts[i]));
            }
            series.add(s);
        }
        return series;
    }

    private static int bucket(long millis) {
        for (int i = 0; i < LATENCY_BUCKETS_MS.length; i++) {
            if (millis < LATENCY_BUCKETS_MS[i]) {
                return i;
            }
        }
        return LATENCY_BUCKETS_MS.length - 1;
    }

    private static String label(int bucket) {
        long upper = LATENCY_BUCKETS_MS[bucket];
        return upper == Long.MAX_VALUE ? "≥ 10 s" : "< " + (upper < 1000 ? upper + " ms" : upper / 1000 + " s");
    }
}
