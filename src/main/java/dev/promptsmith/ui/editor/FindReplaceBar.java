package dev.promptsmith.ui.editor;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.reactfx.Subscription;

/** The find/replace bar of the prompt editor; it acts on one target editor at a time. */
public final class FindReplaceBar extends VBox {

    private final FindReplaceModel model;
    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final Label count = new Label();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final BooleanProperty replaceShown = new SimpleBooleanProperty(this, "replaceShown");
    private TemplateCodeArea target;
    private Subscription targetEdits = Subscription.EMPTY;

    public FindReplaceBar(FindReplaceModel model) {
        this.model = model;
        setId("findBar");
        getStyleClass().add(EditorStyles.FIND_BAR);
        getChildren().addAll(createFindRow(), createReplaceRow());
        visibleProperty().bind(showing);
        managedProperty().bind(showing);
        bindModel();
        addEventFilter(KeyEvent.KEY_PRESSED, this::closeOnEscape);
    }

    private HBox createFindRow() {
        findField.setId("findField");
        findField.setPromptText("Find");
        findField.addEventFilter(KeyEvent.KEY_PRESSED, this::stepOnEnter);
        ToggleButton matchCase = toggle("matchCaseToggle", "Aa", "Match case", model.matchCaseProperty());
        ToggleButton regex = toggle("regexToggle", ".*", "Regular expression", model.regexProperty());
        count.setId("findCount");
        count.getStyleClass().add(EditorStyles.FIND_STATUS);
        Button previous = iconButton("findPreviousButton", "\u2191", "Previous match (Shift+Enter)");
        previous.setOnAction(e -> previous());
        Button next = iconButton("findNextButton", "\u2193", "Next match (Enter)");
        next.setOnAction(e -> next());
        Button close = iconButton("closeFindButton", "\u2715", "Close (Esc)");
        close.setOnAction(e -> close());
        return row(findField, matchCase, regex, count, previous, next, close);
    }

    private HBox createReplaceRow() {
        replaceField.setId("replaceField");
        replaceField.setPromptText("Replace");
        replaceField.setOnAction(e -> replace());
        Button replace = new Button("Replace");
        replace.setId("replaceButton");
        replace.setOnAction(e -> replace());
        Button replaceAll = new Button("Replace all");
        replaceAll.setId("replaceAllButton");
        replaceAll.setOnAction(e -> replaceAll());
        HBox row = row(replaceField, replace, replaceAll);
        row.visibleProperty().bind(replaceShown);
        row.managedProperty().bind(replaceShown);
        return row;
    }

    private void bindModel() {
        findField.textProperty().bindBidirectional(model.queryProperty());
        replaceField.textProperty().bindBidirectional(model.replacementProperty());
        count.textProperty().bind(model.statusProperty());
        model.errorProperty().addListener((obs, old, error) -> markError(!error.isEmpty()));
        for (Observable input : List.<Observable>of(model.queryProperty(), model.matchCaseProperty(), model.regexProperty())) {
            input.addListener(obs -> {
                if (isShowing()) {
                    refresh(true);
                }
            });
        }
    }

    /** The editor to search; matches in the previous one are cleared. */
    public void setTarget(TemplateCodeArea area) {
        if (area == target) {
            return;
        }
        if (target != null) {
            target.clearMatches();
        }
        targetEdits.unsubscribe();
        target = area;
        targetEdits = area == null ? Subscription.EMPTY
                : area.multiPlainChanges().successionEnds(TemplateCodeArea.TYPING_PAUSE).subscribe(c -> {
                    if (isShowing()) {
                        refresh(false);
                    }
                });
        if (isShowing()) {
            refresh(false);
        }
    }

    /** Shows the bar with the query field focused; a one-line selection becomes the query. */
    public void open(boolean withReplace) {
        replaceShown.set(withReplace);
        showing.set(true);
        String selected = target == null ? "" : target.getSelectedText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            findField.setText(selected);
        }
        refresh(false);
        findField.requestFocus();
        findField.selectAll();
    }

    /** Hides the bar, clears the match highlights and returns focus to the editor. */
    public void close() {
        showing.set(false);
        if (target != null) {
            target.clearMatches();
            target.requestFocus();
        }
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public boolean isShowing() {
        return showing.get();
    }

    // Each command searches the current text first: the editor may have changed since the
    // last search, and stale offsets must never reach the editor.

    void next() {
        if (refresh(false)) {
            model.currentMatch().filter(this::isSelected).ifPresent(m -> model.next());
            reveal();
        }
    }

    void previous() {
        if (refresh(false)) {
            model.previous();
            reveal();
        }
    }

    void replace() {
        if (refresh(false)) {
            model.replaceCurrent(target.getText()).ifPresent(r -> {
                target.replaceText(r.start(), r.end(), r.text());
                target.moveTo(r.start() + r.text().length());
            });
            refresh(true);
        }
    }

    void replaceAll() {
        if (target == null) {
            return;
        }
        List<FindReplaceModel.Replacement> edits = model.replaceAll(target.getText());
        if (!edits.isEmpty()) {
            // One multi-change is one undo step. Applied back to front, no edit shifts another.
            MultiChangeBuilder<?, ?, ?> change = target.createMultiChange(edits.size());
            for (int i = edits.size() - 1; i >= 0; i--) {
                FindReplaceModel.Replacement edit = edits.get(i);
                change.replaceTextAbsolutely(edit.start(), edit.end(), edit.text());
            }
            change.commit();
        }
        refresh(false);
    }

    /** Searches the target's text from its selection; false when there is no target. */
    private boolean refresh(boolean revealCurrent) {
        if (target == null) {
            return false;
        }
        model.search(target.getText(), target.getSelection().getStart());
        if (revealCurrent) {
            reveal();
        } else {
            target.showMatches(model.highlightRanges());
        }
        return true;
    }

    private void reveal() {
        model.currentMatch().ifPresent(m -> {
            target.selectRange(m.start(), m.end());
            target.requestFollowCaret();
        });
        target.showMatches(model.highlightRanges());
    }

    private boolean isSelected(FindReplaceModel.Match match) {
        return target.getSelection().getStart() == match.start() && target.getSelection().getEnd() == match.end();
    }

    private void stepOnEnter(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            if (e.isShiftDown()) {
                previous();
            } else {
                next();
            }
            e.consume();
        }
    }

    private void closeOnEscape(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        }
    }

    private void markError(boolean error) {
        count.getStyleClass().remove(EditorStyles.FIND_STATUS_ERROR);
        if (error) {
            count.getStyleClass().add(EditorStyles.FIND_STATUS_ERROR);
        }
        findField.pseudoClassStateChanged(Styles.STATE_DANGER, error);
    }

    private static ToggleButton toggle(String id, String text, String tooltip, BooleanProperty state) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.getStyleClass().add(Styles.SMALL);
        button.selectedProperty().bindBidirectional(state);
        button.setFocusTraversable(false);
        return button;
    }

    private static Button iconButton(String id, String glyph, String tooltip) {
        Button button = new Button(glyph);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        button.setFocusTraversable(false);
        return button;
    }

    private static HBox row(Node... children) {
        HBox row = new HBox(children);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(EditorStyles.FIND_ROW);
        return row;
    }
}
