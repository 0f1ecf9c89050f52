package dev.promptsmith.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import dev.promptsmith.model.TemplateSyntax;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The template editors of one prompt: created with shared highlighting settings, and tracked
 * so that the find bar acts on the one focused last.
 */
final class EditorGroup {

    /** Raw templates are sent untouched, so only their section tags mean anything. */
    private static final Set<String> RAW_STYLES = Set.of(EditorStyles.TPL_TAG);

    private final SyntaxHighlighter highlighter;
    private final Executor background;
    private final List<TemplateCodeArea> areas = new ArrayList<>();
    private final ReadOnlyObjectWrapper<TemplateCodeArea> lastFocused = new ReadOnlyObjectWrapper<>(this, "lastFocused");
    private SyntaxHighlighter active;
    private Set<String> knownVariables = Set.of();

    EditorGroup(SyntaxHighlighter highlighter, Executor background) {
        this.highlighter = highlighter;
        this.background = background;
        this.active = highlighter;
    }

    TemplateCodeArea create(String text) {
        TemplateCodeArea area = new TemplateCodeArea(active, background);
        area.setKnownVariables(knownVariables);
        area.loadText(text);
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                lastFocused.set(area);
            }
        });
        areas.add(area);
        if (lastFocused.get() == null) {
            lastFocused.set(area);
        }
        return area;
    }

    void remove(TemplateCodeArea area) {
        areas.remove(area);
        area.dispose();
        if (lastFocused.get() == area) {
            lastFocused.set(areas.isEmpty() ? null : areas.get(0));
        }
    }

    void setTemplateSyntax(TemplateSyntax syntax) {
        active = syntax == TemplateSyntax.RAW ? highlighter.retaining(RAW_STYLES) : highlighter;
        areas.forEach(area -> area.setHighlighter(active));
    }

    void setKnownVariables(Set<String> names) {
        knownVariables = Set.copyOf(names);
        areas.forEach(area -> area.setKnownVariables(knownVariables));
    }

    /** The editor focused last, or the first one before any got focus. */
    ReadOnlyObjectProperty<TemplateCodeArea> lastFocusedProperty() {
        return lastFocused.getReadOnlyProperty();
    }
}
