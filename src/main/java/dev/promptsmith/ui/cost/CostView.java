package dev.promptsmith.ui.cost;

import dev.promptsmith.cost.LeverCosts;
import dev.promptsmith.cost.Money;
import dev.promptsmith.cost.Projection;
import dev.promptsmith.cost.advice.Advice;
import dev.promptsmith.cost.finetune.TcoResult;
import dev.promptsmith.cost.report.CostReport;
import dev.promptsmith.ui.common.Styles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.converter.NumberStringConverter;

/**
 * The cost calculator: editable inputs; each column's measured tokens and cost per call and per
 * 1,000 calls; each model's monthly cost at the volume (table and chart) with the cheapest column
 * meeting the target; what the system prompt and few-shot examples cost and what caching saves;
 * prompting against fine-tuning over the months with the break-even; and the advisor's points.
 */
public final class CostView extends ScrollPane {

    private final CostViewModel model;
    private final TableView<Projection.ColumnCost> columns = new TableView<>();
    private final TableView<Projection.ModelCost> models = new TableView<>();
    private final BarChart<String, Number> monthly = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final TableView<LeverCosts> levers = new TableView<>();
    private final LineChart<Number, Number> tco = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final Label cheapest = new Label();
    private final Label breakEven = new Label();
    private final ListView<String> advice = new ListView<>();
    private final Label status = new Label();

    public CostView(CostViewModel model) {
        this.model = model;
        setId("costView");
        setFitToWidth(true);
        VBox content = new VBox(10, createInputs(), status, section("Per column (measured, at list prices)", columns),
                cheapest, new HBox(10, models, monthly), section("Prompt-size levers", levers),
                section("Prompting or fine-tuning", new VBox(6, breakEven, tco)), section("Advice", advice));
        content.setPadding(new Insets(10));
        setContent(content);
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(model.statusProperty());
        cheapest.setId("cheapestMeeting");
        cheapest.setWrapText(true);
        breakEven.setId("breakEven");
        breakEven.setWrapText(true);
        createTables();
        monthly.setTitle("Monthly cost per model (USD)");
        monthly.setLegendVisible(false);
        monthly.setAnimated(false);
        monthly.setPrefHeight(260);
        tco.setTitle("Cumulative cost over months (USD)");
        tco.setAnimated(false);
        tco.setCreateSymbols(false);
        tco.setPrefHeight(280);
        advice.setId("adviceList");
        advice.setPrefHeight(200);
        model.reportProperty().addListener((o, was, report) -> show(report));
    }

    private Node createInputs() {
        FlowPane inputs = new FlowPane(10, 6);
        inputs.setId("costInputs");
        inputs.getChildren().addAll(
                field("Calls a month", "monthlyCalls", model.monthlyCallsProperty()),
                field("Cache hit rate", "hitRate", model.hitRateProperty()),
                field("Months", "months", model.monthsProperty()),
                field("Prompt engineering weeks", "promptWeeks", model.promptWeeksProperty()),
                field("Fine-tuning weeks", "fineTuneWeeks", model.fineTuneWeeksProperty()),
                field("Evaluation weeks", "evaluationWeeks", model.evaluationWeeksProperty()),
                field("Retrain every (months)", "retrainEvery", model.retrainEveryMonthsProperty()));
        TextField week = new TextField();
        week.setId("engineerWeek");
        week.setPrefColumnCount(7);
        week.setText(model.engineerWeekUsdProperty().get().toPlainString());
        week.setOnAction(e -> parseMoney(week));
        week.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                parseMoney(week);
            }
        });
        inputs.getChildren().add(new VBox(2, label("Engineer week (USD)"), week));
        return inputs;
    }

    private void parseMoney(TextField field) {
        try {
            BigDecimal value = new BigDecimal(field.getText().trim().replace(",", ""));
            if (value.signum() >= 0) {
                model.engineerWeekUsdProperty().set(value);
            }
        } catch (NumberFormatException e) {
            field.setText(model.engineerWeekUsdProperty().get().toPlainString());
        }
    }

    private static Node field(String title, String id, javafx.beans.property.Property<Number> property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(7);
        TextFormatter<Number> formatter = new TextFormatter<>(new NumberStringConverter(Locale.ROOT, "#,##0.##"));
        field.setTextFormatter(formatter);
        formatter.valueProperty().bindBidirectional(property);
        return new VBox(2, label(title), field);
    }

    private void createTables() {
        columns.setId("costColumns");
        columns.setPrefHeight(170);
        columns.getColumns().setAll(List.of(
                text("Column", c -> c.column().id(), 220),
                text("Score", c -> String.format(Locale.ROOT, "%.0f%%", c.metric() * 100) + (c.meetsTarget() ? " ✔" : ""), 70),
                text("Per call", c -> Money.usd(c.perCall()), 100),
                text("Per 1,000 calls", c -> Money.usd(c.perCall() == null ? null : c.perCall().movePointRight(3)), 140),
                text("Per month", c -> Money.usd(c.monthly()), 110)));
        models.setId("costModels");
        models.setPrefHeight(260);
        models.setPrefWidth(560);
        models.getColumns().setAll(List.of(
                text("Model", m -> m.model().id(), 160),
                text("Basis", m -> m.measured() ? "measured" : "projected", 90),
                text("Per call", m -> Money.usd(m.perCall()), 100),
                text("Per month", m -> Money.usd(m.monthly()), 110)));
        levers.setId("costLevers");
        levers.setPrefHeight(150);
        levers.getColumns().setAll(List.of(
                text("Column", LeverCosts::columnLabel, 200),
                text("Prompt tokens", l -> (l.exact() ? "" : "≈") + l.promptTokens(), 100),
                text("System prompt / 1,000 calls", l -> Money.usd(l.systemPer1000()), 170),
                text("Few-shot / 1,000 calls", l -> Money.usd(l.fewShotPer1000()), 150),
                text("Caching saves / 1,000 calls", l -> Money.usd(l.cacheSavingPer1000()), 170),
                text("Why", LeverCosts::cacheNote, 420)));
    }

    private void show(CostReport report) {
        if (report == null) {
            return;
        }
        Projection projection = report.projection();
        columns.getItems().setAll(projection == null ? List.of() : projection.columns());
        models.getItems().setAll(projection == null ? List.of() : projection.models());
        levers.getItems().setAll(report.levers());
        advice.getItems().setAll(report.advice().stream().map(CostView::adviceLine).toList());
        advice.getItems().addAll(report.notes());
        cheapest.setText(projection == null || projection.cheapestMeetingColumn() == null
                ? "No column meets the project's target yet."
                : "Cheapest column that meets the target: " + projection.cheapestMeetingColumn()
                        + (projection.monthlySaving() == null ? "" : " — saves " + Money.total(projection.monthlySaving())
                        + " a month against the best column, " + projection.bestColumn()));
        XYChart.Series<String, Number> bars = new XYChart.Series<>();
        if (projection != null) {
            projection.models().stream().filter(m -> m.monthly() != null)
                    .forEach(m -> bars.getData().add(new XYChart.Data<>(m.model().id(), m.monthly().doubleValue())));
        }
        monthly.getData().setAll(List.of(bars));
        showTco(report.fineTune() == null ? null : report.fineTune().tco());
    }

    private void showTco(TcoResult result) {
        if (result == null) {
            breakEven.setText("Fine-tuning cannot be estimated for this project (no examples or passing outputs to train on).");
            tco.getData().clear();
            return;
        }
        XYChart.Series<Number, Number> prompt = new XYChart.Series<>();
        prompt.setName("Prompt engineering");
        XYChart.Series<Number, Number> fineTune = new XYChart.Series<>();
        fineTune.setName("Fine-tuning" + (result.trainingPriceVerified() ? "" : " (training price unverified)"));
        for (TcoResult.Month month : result.months()) {
            if (month.promptCumulative() != null) {
                prompt.getData().add(new XYChart.Data<>(month.month(), month.promptCumulative().doubleValue()));
            }
            if (month.fineTuneCumulative() != null) {
                fineTune.getData().add(new XYChart.Data<>(month.month(), month.fineTuneCumulative().doubleValue()));
            }
        }
        tco.getData().setAll(List.of(prompt, fineTune));
        String months = result.breakEvenMonth() == null ? "Fine-tuning does not pay back within "
                + result.inputs().horizonMonths() + " months at this volume"
                : "Fine-tuning breaks even in month " + result.breakEvenMonth();
        String volume = result.breakEvenMonthlyCalls() == null ? ""
                : String.format(Locale.ROOT, "; it pays back within the horizon from %,d calls a month",
                        result.breakEvenMonthlyCalls());
        breakEven.setText(months + volume + ". " + String.join(" ", result.notes()));
    }

    private static String adviceLine(Advice advice) {
        return advice.severity() + " · " + advice.statement()
                + (advice.evidence().isEmpty() ? "" : "\n    " + String.join("\n    ", advice.evidence()));
    }

    private static Node section(String title, Node body) {
        Label label = new Label(title);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return new VBox(4, label, body);
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        return column;
    }
}
