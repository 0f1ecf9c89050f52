package dev.promptsmith.ui.results;

import dev.promptsmith.compare.diff.DiffOp;
import dev.promptsmith.compare.diff.DiffSegment;
import dev.promptsmith.ui.common.Styles;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A word diff as styled text: inserted words marked, deleted words struck through. */
final class DiffText {

    /** Longest text drawn as a diff; beyond it the plain text is shown, as thousands of Text nodes would be slow. */
    private static final int MAX_SEGMENTS = 2_000;

    private DiffText() {
    }

    static TextFlow of(List<DiffSegment> segments, String plain) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(Styles.DIFF_TEXT);
        if (segments.isEmpty() || segments.size() > MAX_SEGMENTS) {
            flow.getChildren().add(new Text(plain));
            return flow;
        }
        for (DiffSegment segment : segments) {
            Text text = new Text(segment.text());
            if (segment.op() == DiffOp.INSERTED) {
                text.getStyleClass().add(Styles.DIFF_INSERTED);
            } else if (segment.op() == DiffOp.DELETED) {
                text.getStyleClass().add(Styles.DIFF_DELETED);
            }
            flow.getChildren().add(text);
        }
        return flow;
    }
}
