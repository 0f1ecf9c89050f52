package dev.promptsmith.ui.results;

import dev.promptsmith.ui.common.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** Shows one model's output for one test: the text (first lines), then latency and tokens, or the error in red. */
final class ResultTableCell extends TableCell<ResultRow, CellView> {

    private static final int PREVIEW_CHARS = 600;

    private final Label badge = new Label();
    private final Label output = new Label();
    private final Label meta = new Label();
    private final VBox box = new VBox(4, badge, output, meta);
    private final Tooltip tooltip = new Tooltip();

    ResultTableCell() {
        output.getStyleClass().addAll(Styles.CELL_OUTPUT, Styles.MONO);
        output.setWrapText(true);
        output.setMaxHeight(96);
        meta.getStyleClass().add(Styles.CELL_META);
        badge.getStyleClass().add(Styles.BADGE);
        badge.managedProperty().bind(badge.visibleProperty());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(640);
        setGraphicTextGap(0);
    }

    @Override
    protected void updateItem(CellView item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(Styles.CELL_ERROR, Styles.CELL_RUNNING);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        badge.getStyleClass().removeAll(Styles.BADGE_PASS, Styles.BADGE_FAIL);
        badge.setVisible(item.pass() != null);
        if (item.pass() != null) {
            badge.setText(item.verdict().lines().findFirst().orElse(""));
            badge.getStyleClass().add(item.pass() ? Styles.BADGE_PASS : Styles.BADGE_FAIL);
        }
        String text = item.text().length() > PREVIEW_CHARS ? item.text().substring(0, PREVIEW_CHARS) + "…" : item.text();
        switch (item.state()) {
            case PENDING, NOT_RUN -> {
                output.setText("");
                meta.setText(item.state() == CellState.PENDING ? "waiting" : item.meta());
            }
            case RUNNING -> {
                getStyleClass().add(Styles.CELL_RUNNING);
                output.setText(text);
                meta.setText("running…");
            }
            case DONE -> {
                output.setText(text);
                meta.setText(item.meta());
            }
            case FAILED, CANCELLED -> {
                getStyleClass().add(Styles.CELL_ERROR);
                output.setText(item.error() == null ? "Stopped" : item.error());
                meta.setText(item.state() == CellState.CANCELLED ? "stopped" : item.meta());
            }
        }
        String head = item.error() != null ? item.error() : item.verdict();
        tooltip.setText(head == null || head.isEmpty() ? item.text() : head + "\n\n" + item.text());
        setTooltip(item.text().isEmpty() && item.error() == null ? null : tooltip);
        setGraphic(box);
    }
}
