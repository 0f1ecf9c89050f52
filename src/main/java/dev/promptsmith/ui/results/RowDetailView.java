package dev.promptsmith.ui.results;

import dev.promptsmith.compare.diff.JsonChange;
import dev.promptsmith.compare.diff.JsonDiffResult;
import dev.promptsmith.model.HumanReview;
import dev.promptsmith.store.AssertionOutcome;
import dev.promptsmith.ui.common.Styles;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The detail of the selected row: the test's inputs and expected output; each column's output
 * with its words against the expected output (inserted marked, missing struck through) or its JSON
 * differences, every assertion with its reason, the repeats and their agreement, the request, and
 * the review and "use as" actions; then the diff between the two chosen columns.
 */
final class RowDetailView extends ScrollPane {

    private final ComparisonGridModel model;
    private final RowActions actions;
    private final Consumer<String> onMessage;
    private final VBox content = new VBox(8);
    private final JsonTree jsonTree = new JsonTree();
    private final MarkdownNodes markdown = new MarkdownNodes();

    RowDetailView(ComparisonGridModel model, RowActions actions, Consumer<String> onMessage) {
        this.model = model;
        this.actions = actions;
        this.onMessage = onMessage;
        setId("rowDetail");
        setFitToWidth(true);
        content.setPadding(new Insets(8));
        setContent(content);
        model.detailProperty().addListener((o, was, detail) -> show(detail));
        show(null);
    }

    private void show(RowDetail detail) {
        content.getChildren().clear();
        if (detail == null) {
            Label hint = new Label("Select a row of a finished run to see its outputs side by side, the assertions"
                    + " with their reasons, the repeats and the diffs.");
            hint.setWrapText(true);
            hint.getStyleClass().add(Styles.MUTED);
            content.getChildren().add(hint);
            return;
        }
        Label title = new Label(detail.testId());
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label about = new Label(detail.about());
        about.getStyleClass().add(Styles.MUTED);
        content.getChildren().addAll(title, about, block("Inputs", detail.inputs()));
        if (!detail.expected().isEmpty()) {
            content.getChildren().add(block("Expected", detail.expected()));
        }
        detail.columns().forEach(column -> content.getChildren().add(columnCard(detail.testId(), column)));
        content.getChildren().add(comparison(detail));
    }

    private Node columnCard(String testId, RowDetail.Column column) {
        Label name = new Label(column.columnId());
        name.getStyleClass().add(Styles.SECTION_TITLE);
        Label verdict = new Label(column.verdict());
        verdict.getStyleClass().add(Styles.BADGE);
        if (column.pass() != null) {
            verdict.getStyleClass().add(column.pass() ? Styles.BADGE_PASS : Styles.BADGE_FAIL);
        } else {
            verdict.getStyleClass().add(Styles.BADGE_FAIL);
        }
        Label meta = new Label(column.meta());
        meta.getStyleClass().add(Styles.CELL_META);
        VBox card = new VBox(6, new HBox(8, name, verdict, meta));
        card.getStyleClass().add(Styles.DETAIL_CARD);
        card.setId("detail-" + column.columnId());
        if (column.error() != null) {
            Label error = new Label(column.error());
            error.setWrapText(true);
            error.getStyleClass().add(Styles.PROBLEM_ERROR);
            card.getChildren().add(error);
        }
        card.getChildren().add(DiffText.of(column.diffVsExpected(), column.output()));
        jsonTree.of(column.output()).ifPresent(tree -> card.getChildren().add(folded("As a JSON tree", tree, true)));
        if (MarkdownNodes.looksLikeMarkdown(column.output())) {
            card.getChildren().add(folded("As Markdown", markdown.render(column.output()), true));
        }
        if (column.jsonVsExpected() != null && !column.jsonVsExpected().same()) {
            card.getChildren().add(jsonChanges("Against the expected JSON", column.jsonVsExpected()));
        }
        for (AssertionOutcome outcome : column.assertions()) {
            Label line = new Label((outcome.pass() ? "✔ " : "✖ ") + outcome.type() + " — " + outcome.reason());
            line.setWrapText(true);
            line.getStyleClass().add(outcome.pass() ? Styles.BADGE_PASS : Styles.BADGE_FAIL);
            card.getChildren().add(line);
        }
        if (column.repeats() != null && column.repeats().repeats() > 1) {
            card.getChildren().add(new Label(String.format(Locale.ROOT,
                    "%d repeats: %d distinct outputs, agreement %.0f%%%s", column.repeats().repeats(),
                    column.repeats().distinctOutputs(), column.repeats().agreementRate() * 100,
                    column.repeats().flaky() ? " — flaky" : "")));
        }
        card.getChildren().addAll(actionBar(testId, column), collapsed("Request (as the prompt renders it now)",
                column.request()));
        return card;
    }

    private Node actionBar(String testId, RowDetail.Column column) {
        Button up = new Button("👍");
        up.setId("thumbsUp-" + column.columnId());
        Button down = new Button("👎");
        down.setId("thumbsDown-" + column.columnId());
        Spinner<Double> score = new Spinner<>(0.0, 1.0, 1.0, 0.1);
        score.setPrefWidth(80);
        score.setEditable(true);
        TextField comment = new TextField();
        comment.setPromptText("Comment");
        Button scoreIt = new Button("Score");
        up.setOnAction(e -> review(testId, column, new HumanReview(true, null, comment.getText())));
        down.setOnAction(e -> review(testId, column, new HumanReview(false, null, comment.getText())));
        scoreIt.setOnAction(e -> review(testId, column, new HumanReview(null, score.getValue(), comment.getText())));
        Button expected = new Button("Use as expected");
        expected.setId("useAsExpected-" + column.columnId());
        expected.setOnAction(e -> actions.useAsExpected(testId, column.output()));
        Button example = new Button("Add as example");
        example.setId("addAsExample-" + column.columnId());
        example.setOnAction(e -> actions.addAsExample(testId, column.output()));
        comment.setPrefColumnCount(14);
        // Wraps in a narrow pane rather than pushing buttons out of sight.
        FlowPane bar = new FlowPane(6, 6, up, down, score, scoreIt, comment, expected, example);
        return bar;
    }

    private void review(String testId, RowDetail.Column column, HumanReview review) {
        model.review(testId, column.columnId(), review, onMessage);
        onMessage.accept("Review of " + testId + " × " + column.columnId() + " saved with the run");
    }

    private Node comparison(RowDetail detail) {
        VBox box = new VBox(6);
        box.getStyleClass().add(Styles.DETAIL_CARD);
        box.setId("detailComparison");
        if (detail.columnA() == null || detail.columnB() == null || detail.diffAB().isEmpty()) {
            box.getChildren().add(new Label("Choose columns A and B above to see their outputs diffed here."));
            return box;
        }
        Label title = new Label("B (" + detail.columnB() + ") against A (" + detail.columnA() + ")");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        box.getChildren().addAll(title, DiffText.of(detail.diffAB(), ""));
        if (detail.jsonDiffAB() != null && !detail.jsonDiffAB().same()) {
            box.getChildren().add(jsonChanges("JSON differences", detail.jsonDiffAB()));
        }
        return box;
    }

    private static Node jsonChanges(String title, JsonDiffResult diff) {
        VBox box = new VBox(2, label(title));
        for (JsonChange change : diff.changes()) {
            String text = switch (change.kind()) {
                case MISSING -> "missing " + change.path() + " (expected " + change.left() + ")";
                case EXTRA -> "extra " + change.path() + " = " + change.right();
                case CHANGED -> "changed " + change.path() + ": " + change.left() + " → " + change.right();
                case TYPE_CHANGED -> "type changed " + change.path() + ": " + change.left() + " → " + change.right();
            };
            Label line = new Label(text);
            line.getStyleClass().add(Styles.MONO);
            box.getChildren().add(line);
        }
        return box;
    }

    private static Node block(String title, String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add(Styles.MONO);
        area.setPrefRowCount(Math.min(8, Math.max(2, (int) text.lines().count() + 1)));
        return new VBox(2, label(title), area);
    }

    private static Node collapsed(String title, String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add(Styles.MONO);
        area.setPrefRowCount(10);
        TitledPane pane = new TitledPane(title, area);
        pane.setExpanded(false);
        return pane;
    }

    private static Node folded(String title, Node body, boolean expanded) {
        TitledPane pane = new TitledPane(title, body);
        pane.setExpanded(expanded);
        return pane;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }
}
