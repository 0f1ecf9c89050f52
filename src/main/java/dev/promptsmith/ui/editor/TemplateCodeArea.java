package dev.promptsmith.ui.editor;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import javafx.concurrent.Task;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.reactfx.EventSource;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;
import org.reactfx.util.Try;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A code area for prompt templates: line numbers, word wrap, and syntax highlighting computed
 * off the FX thread once typing pauses, with find matches layered over it.
 */
public final class TemplateCodeArea extends CodeArea {

    /** How long typing must pause before the text is analysed again. */
    static final Duration TYPING_PAUSE = Duration.ofMillis(120);

    private static final Logger LOG = LoggerFactory.getLogger(TemplateCodeArea.class);

    private final Executor background;
    private final EventSource<Void> restyleRequests = new EventSource<>();
    private final Subscription highlighting;
    private SyntaxHighlighter highlighter;
    private Set<String> knownVariables = Set.of();

    // Syntax and matches are stamped with the text version they were computed for: stale ranges
    // are never painted, and a pending computation repaints once it lands.
    private long textVersion;
    private Highlighting syntax = new Highlighting(-1, List.of(), null);
    private long matchesVersion;
    private List<StyledRange> matches = List.of();

    public TemplateCodeArea(SyntaxHighlighter highlighter, Executor background) {
        this.highlighter = Objects.requireNonNull(highlighter, "highlighter");
        this.background = Objects.requireNonNull(background, "background");
        getStyleClass().add(EditorStyles.TEMPLATE_AREA);
        setParagraphGraphicFactory(LineNumberFactory.get(this));
        setWrapText(true);
        plainTextChanges().subscribe(change -> textVersion++);
        highlighting = startHighlighting();
    }

    private Subscription startHighlighting() {
        // The stream lives on the FX thread: the snapshot of text and variables is taken there
        // and only the analysis runs on the executor. A newer edit or request drops older results.
        return EventStreams.merge(multiPlainChanges().successionEnds(TYPING_PAUSE), restyleRequests)
                .retainLatestUntilLater()
                .supplyTask(this::highlightAsync)
                .awaitLatest(EventStreams.merge(multiPlainChanges(), restyleRequests))
                .filterMap(this::valueOrLog)
                .subscribe(this::applySyntax);
    }

    /** Replaces the whole text as a fresh document: no undo history, caret at the start. */
    public void loadText(String text) {
        replaceText(text == null ? "" : text);
        getUndoManager().forgetHistory();
        moveTo(0);
        requestFollowCaret();
        restyleRequests.push(null);
    }

    /** The names that count as defined; the text is re-highlighted with them. */
    public void setKnownVariables(Set<String> names) {
        knownVariables = Set.copyOf(names);
        restyleRequests.push(null);
    }

    public void setHighlighter(SyntaxHighlighter value) {
        highlighter = Objects.requireNonNull(value, "highlighter");
        restyleRequests.push(null);
    }

    /** Shows find matches (styled {@link EditorStyles#FIND_MATCH} or {@code FIND_CURRENT}) over the syntax colours. */
    public void showMatches(List<StyledRange> ranges) {
        matches = List.copyOf(ranges);
        matchesVersion = textVersion;
        restyle();
    }

    public void clearMatches() {
        showMatches(List.of());
    }

    /** Stops highlighting; call when the area leaves the scene for good. */
    public void dispose() {
        highlighting.unsubscribe();
    }

    private Task<Highlighting> highlightAsync() {
        String text = getText();
        long version = textVersion;
        Set<String> names = knownVariables;
        SyntaxHighlighter current = highlighter;
        Task<Highlighting> task = new Task<>() {
            @Override
            protected Highlighting call() {
                // The spans are built here too: without find matches the FX thread only compares them.
                List<StyledRange> ranges = current.highlight(text, names);
                return new Highlighting(version, ranges, StyleLayers.merge(ranges, List.of(), text.length()));
            }
        };
        try {
            // A task cancelled by a newer edit before it starts is skipped by the executor's thread.
            background.execute(task);
        } catch (RejectedExecutionException e) {
            task.cancel(); // the executor is shutting down with the app; nothing to paint
        }
        return task;
    }

    private Optional<Highlighting> valueOrLog(Try<Highlighting> result) {
        if (result.isFailure()) {
            LOG.warn("Template highlighting failed", result.getFailure());
            return Optional.empty();
        }
        return Optional.of(result.get());
    }

    private void applySyntax(Highlighting highlighting) {
        syntax = highlighting;
        restyle();
    }

    private void restyle() {
        if (syntax.version != textVersion) {
            return; // a fresh highlight is pending and repaints both layers when it lands
        }
        boolean showMatches = matchesVersion == textVersion && !matches.isEmpty();
        ParagraphStyler.apply(this, showMatches ? StyleLayers.merge(syntax.ranges, matches, getLength()) : syntax.spans);
    }

    /** Syntax ranges and their spans, for the text at {@code version}. */
    private record Highlighting(long version, List<StyledRange> ranges, StyleSpans<Collection<String>> spans) {
    }
}
