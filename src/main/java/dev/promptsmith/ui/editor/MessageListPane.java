package dev.promptsmith.ui.editor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import atlantafx.base.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The messages section: a card per message draft, kept in step with the view model's list. */
final class MessageListPane extends VBox {

    private static final PseudoClass OVERFLOWING = PseudoClass.getPseudoClass("overflowing");

    private final PromptEditorViewModel viewModel;
    private final EditorGroup editors;
    private final VBox cards = new VBox();
    private final ScrollPane scroll = new ScrollPane(cards);
    // Cards are kept per draft, so a reorder keeps each editor with its undo history.
    private final Map<MessageDraft, MessageEditorPane> cardsByDraft = new IdentityHashMap<>();

    MessageListPane(PromptEditorViewModel viewModel, EditorGroup editors) {
        this.viewModel = viewModel;
        this.editors = editors;
        getStyleClass().add(EditorStyles.SECTION);
        getChildren().addAll(createHeader(), createCards());
        reconcile();
        viewModel.messages().addListener((ListChangeListener<MessageDraft>) change -> {
            if (isStructural(change)) {
                reconcile().ifPresent(this::reveal);
            }
        });
    }

    /** The list reports every keystroke in a message as an update; only adds, removes and moves matter here. */
    private static boolean isStructural(ListChangeListener.Change<? extends MessageDraft> change) {
        while (change.next()) {
            if (!change.wasUpdated()) {
                return true;
            }
        }
        return false;
    }

    private HBox createHeader() {
        Label title = new Label("Messages");
        title.getStyleClass().add(EditorStyles.SECTION_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button("Add message");
        add.setId("addMessageButton");
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(e -> viewModel.addMessage());
        HBox header = new HBox(title, spacer, add);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(EditorStyles.SECTION_HEADER);
        return header;
    }

    private ScrollPane createCards() {
        cards.getStyleClass().add(EditorStyles.MESSAGE_LIST);
        // Fit to height so that one or two cards share the space; more than fit start scrolling.
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // Room for the scroll bar only while there is one, so cards line up with the system editor.
        InvalidationListener overflow = obs -> cards.pseudoClassStateChanged(OVERFLOWING,
                cards.getHeight() > scroll.getViewportBounds().getHeight() + 0.5);
        cards.heightProperty().addListener(overflow);
        scroll.viewportBoundsProperty().addListener(overflow);
        return scroll;
    }

    /** Updates the cards to the drafts; returns the card created for a new draft, if any. */
    private Optional<MessageEditorPane> reconcile() {
        MessageEditorPane created = null;
        List<MessageDraft> drafts = viewModel.messages();
        for (MessageDraft gone : new ArrayList<>(cardsByDraft.keySet())) {
            if (drafts.stream().noneMatch(d -> d == gone)) {
                MessageEditorPane card = cardsByDraft.remove(gone);
                card.unbind();
                editors.remove(card.area());
            }
        }
        List<MessageEditorPane> ordered = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            MessageEditorPane card = cardsByDraft.get(drafts.get(i));
            if (card == null) {
                MessageDraft draft = drafts.get(i);
                card = new MessageEditorPane(draft, editors.create(draft.getContent()), viewModel);
                cardsByDraft.put(draft, card);
                created = card;
            }
            card.setIndex(i, drafts.size());
            VBox.setVgrow(card, Priority.ALWAYS);
            ordered.add(card);
        }
        cards.getChildren().setAll(ordered);
        return Optional.ofNullable(created);
    }

    /** A message the user just added is where they will type next. */
    private void reveal(MessageEditorPane card) {
        scroll.applyCss();
        scroll.layout();
        double overflow = cards.getHeight() - scroll.getViewportBounds().getHeight();
        if (overflow > 0) {
            scroll.setVvalue(Math.min(1, card.getBoundsInParent().getMinY() / overflow));
        }
        card.area().requestFocus();
    }
}
