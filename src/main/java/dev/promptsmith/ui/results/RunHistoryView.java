package dev.promptsmith.ui.results;

import dev.promptsmith.compare.history.CaseComparison;
import dev.promptsmith.compare.history.PastRun;
import dev.promptsmith.compare.history.RunComparisonReport;
import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.ui.common.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Past runs with their per-column summaries; pick two and compare them: the verdict in words,
 * then every case that changed, regressions first. Double-click a run to show it in the grid.
 */
final class RunHistoryView extends SplitPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final RunHistoryViewModel model;
    private final TableView<PastRun> table = new TableView<>();
    private final Label verdict = new Label();
    private final ListView<String> changes = new ListView<>();

    RunHistoryView(RunHistoryViewModel model, Consumer<long[]> onCompare, LongConsumer onOpen) {
        this.model = model;
        setId("runHistory");
        table.setId("runsTable");
        table.setItems(model.runs());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No runs yet."));
        table.getColumns().setAll(List.of(
                column("Run", r -> "#" + r.run().id(), 60),
                column("Started", r -> WHEN.format(r.run().startedAt()), 145),
                column("Status", r -> r.run().status().key(), 80),
                column("Prompts × models", r -> r.prompts().size() + " × " + r.models().size() + ", " + r.tests()
                        + " tests" + (r.repeats() > 1 ? " × " + r.repeats() : ""), 170),
                column("Columns (pass rate · score · cost)", RunHistoryView::columns, 520)));
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<PastRun>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    onOpen.accept(row.getItem().run().id());
                }
            });
            return row;
        });
        Button compare = new Button("Compare the two selected runs");
        compare.setId("compareRuns");
        compare.disableProperty().bind(javafx.beans.binding.Bindings.size(table.getSelectionModel().getSelectedItems())
                .isNotEqualTo(2));
        compare.setOnAction(e -> {
            List<PastRun> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
            // The older run is A, the newer B: "B beats A" reads as progress.
            long a = Math.min(chosen.get(0).run().id(), chosen.get(1).run().id());
            long b = Math.max(chosen.get(0).run().id(), chosen.get(1).run().id());
            onCompare.accept(new long[] {a, b});
        });
        Label hint = new Label("Select two runs (Ctrl+click) to compare them; double-click one to show it in Results.");
        hint.getStyleClass().add(Styles.MUTED);
        VBox left = new VBox(6, new HBox(8, compare, hint), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(6));
        verdict.setId("comparisonVerdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add(Styles.SECTION_TITLE);
        changes.setId("comparisonChanges");
        changes.setPlaceholder(new Label("Compare two runs to list what changed."));
        VBox right = new VBox(6, verdict, changes);
        VBox.setVgrow(changes, Priority.ALWAYS);
        right.setPadding(new Insets(6));
        getItems().addAll(left, right);
        setDividerPositions(0.6);
        model.comparisonProperty().addListener((o, was, report) -> show(report));
    }

    private void show(RunComparisonReport report) {
        if (report == null) {
            verdict.setText("");
            changes.getItems().clear();
            return;
        }
        verdict.setText("Run " + report.runB() + " against run " + report.runA() + ": " + report.verdict()
                + "\n" + report.counts());
        var lines = FXCollections.<String>observableArrayList();
        report.regressions().forEach(c -> lines.add("▼ regression  " + describe(c)));
        report.improvements().forEach(c -> lines.add("▲ improvement  " + describe(c)));
        report.onlyInA().forEach(c -> lines.add("only in run " + report.runA() + "  " + describe(c)));
        report.onlyInB().forEach(c -> lines.add("only in run " + report.runB() + "  " + describe(c)));
        changes.setItems(lines);
    }

    private static String describe(CaseComparison c) {
        String a = c.a() == null ? "—" : (c.a().passed() ? "pass" : "fail") + String.format(Locale.ROOT, " %.2f", c.a().meanScore());
        String b = c.b() == null ? "—" : (c.b().passed() ? "pass" : "fail") + String.format(Locale.ROOT, " %.2f", c.b().meanScore());
        return c.testId() + " · " + c.prompt() + " × " + c.modelId() + ": " + a + " → " + b;
    }

    private static String columns(PastRun run) {
        if (run.problem() != null) {
            return run.problem();
        }
        StringBuilder text = new StringBuilder();
        for (ColumnSummary s : run.columns()) {
            text.append(text.isEmpty() ? "" : "   ").append(String.format(Locale.ROOT, "%s %.0f%% · %.2f · %s",
                    s.columnId(), s.passRate().value() * 100, s.meanScore().value(), s.cost().display()));
        }
        return text.toString();
    }

    private static TableColumn<PastRun, String> column(String title, java.util.function.Function<PastRun, String> value,
                                                       double width) {
        TableColumn<PastRun, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        return column;
    }
}
