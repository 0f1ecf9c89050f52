package dev.promptsmith.ui.shell;

import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.template.TemplateAnalyzer;
import dev.promptsmith.ui.editor.PromptEditorView;
import dev.promptsmith.ui.editor.PromptEditorViewModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/** The centre: one tab per open prompt variant. Edits flow to the project as they happen. */
public final class EditorTabsView extends StackPane {

    private final TabPane tabs = new TabPane();
    private final Map<String, PromptEditorViewModel> editors = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<PromptVariant> activePrompt = new ReadOnlyObjectWrapper<>(this, "activePrompt");
    private final TemplateAnalyzer analyzer;
    private final Executor background;
    private final Consumer<PromptVariant> onEdit;
    private Set<String> knownVariables = Set.of();

    public EditorTabsView(TemplateAnalyzer analyzer, Executor background, Consumer<PromptVariant> onEdit) {
        this.analyzer = analyzer;
        this.background = background;
        this.onEdit = onEdit;
        tabs.setId("editorTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        Label empty = new Label("Open a prompt from the project explorer (double-click).");
        empty.getStyleClass().add(dev.promptsmith.ui.common.Styles.MUTED);
        empty.visibleProperty().bind(Bindings.isEmpty(tabs.getTabs()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> updateActive());
        getChildren().addAll(tabs, empty);
    }

    /** The variant in the selected tab, as edited so far; null when no tab is open. */
    public ReadOnlyObjectProperty<PromptVariant> activePromptProperty() {
        return activePrompt.getReadOnlyProperty();
    }

    /** Opens {@code variant} in a tab, or selects its tab if it is already open. */
    public void open(PromptVariant variant) {
        for (Tab tab : tabs.getTabs()) {
            if (variant.name().equals(tab.getUserData())) {
                tabs.getSelectionModel().select(tab);
                return;
            }
        }
        PromptEditorViewModel vm = new PromptEditorViewModel(variant);
        vm.knownVariables().addAll(knownVariables);
        editors.put(variant.name(), vm);
        PromptEditorView view = new PromptEditorView(vm,
                new AnalyzerHighlighter(analyzer, () -> vm.variantProperty().get().template()), background);
        Tab tab = new Tab();
        tab.setId("tab-" + variant.name());
        tab.setUserData(variant.name());
        tab.setContent(view);
        tab.textProperty().bind(Bindings.when(vm.dirtyProperty()).then(variant.name() + " ●").otherwise(variant.name()));
        tab.setOnClosed(e -> {
            editors.remove(variant.name());
            updateActive();
        });
        vm.variantProperty().addListener((o, old, now) -> {
            onEdit.accept(now);
            updateActive();
        });
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        updateActive();
    }

    /**
     * Opens a panel that is not a prompt (the examples or test-case table) in a tab of its own, or
     * selects it when it is open.
     */
    public void openPanel(String id, String title, java.util.function.Supplier<javafx.scene.Node> content) {
        for (Tab tab : tabs.getTabs()) {
            if (id.equals(tab.getUserData())) {
                tabs.getSelectionModel().select(tab);
                return;
            }
        }
        Tab tab = new Tab(title, content.get());
        tab.setId("tab-" + id);
        tab.setUserData(id);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** Closes the panel opened under {@code id}, if open. */
    public void closePanel(String id) {
        tabs.getTabs().removeIf(tab -> id.equals(tab.getUserData()));
    }

    /** The variable names the editors treat as defined (the chosen test case's, plus {@code examples}). */
    public void setKnownVariables(Set<String> names) {
        knownVariables = Set.copyOf(names);
        editors.values().forEach(vm -> {
            vm.knownVariables().retainAll(knownVariables);
            vm.knownVariables().addAll(knownVariables);
        });
    }

    /** After a save: every open editor's current text is now the saved text. */
    public void markSaved(Project saved) {
        editors.forEach((name, vm) -> saved.prompt(name).ifPresent(vm::markSaved));
    }

    public void closeAll() {
        tabs.getTabs().clear();
        editors.clear();
        updateActive();
    }

    private void updateActive() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        PromptEditorViewModel vm = tab == null ? null : editors.get((String) tab.getUserData());
        if (vm != null) {
            activePrompt.set(vm.variantProperty().get());
        } else if (editors.isEmpty()) {
            activePrompt.set(null);
        }
        // A table tab keeps the last prompt active: the inspector and Run still refer to it.
    }
}
