package dev.promptsmith.ui.shell;

import dev.promptsmith.model.ModelRef;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;

/** Toolbar menu that ticks which of the project's models the next run uses (one column each). */
final class ModelPicker extends MenuButton {

    private final ObservableList<ModelRef> models;
    private final ObservableList<ModelRef> selected;
    private final Runnable onAddModel;

    ModelPicker(ObservableList<ModelRef> models, ObservableList<ModelRef> selected, Runnable onAddModel) {
        this.models = models;
        this.selected = selected;
        this.onAddModel = onAddModel;
        setId("modelPicker");
        models.addListener((ListChangeListener<ModelRef>) c -> rebuild());
        selected.addListener((ListChangeListener<ModelRef>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getItems().clear();
        for (ModelRef model : models) {
            CheckMenuItem item = new CheckMenuItem(model.id() + "   " + model.provider() + " · " + model.model());
            item.setId("model-" + model.id());
            item.setSelected(selected.contains(model));
            item.setOnAction(e -> toggle(model, item.isSelected()));
            getItems().add(item);
        }
        if (models.isEmpty()) {
            CustomMenuItem none = new CustomMenuItem(new javafx.scene.control.Label("The project lists no models"));
            none.setDisable(true);
            getItems().add(none);
        }
        javafx.scene.control.MenuItem add = new javafx.scene.control.MenuItem("Add model…");
        add.setId("addModelMenuItem");
        add.setOnAction(e -> onAddModel.run());
        getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), add);
        setText(selected.isEmpty() ? "No model" : "Models: " + String.join(", ", selected.stream().map(ModelRef::id).toList()));
    }

    private void toggle(ModelRef model, boolean on) {
        if (on && !selected.contains(model)) {
            // Keep the project's order so columns do not jump around.
            java.util.List<ModelRef> ordered = new java.util.ArrayList<>(models);
            ordered.removeIf(m -> !selected.contains(m) && !m.equals(model));
            selected.setAll(ordered);
        } else if (!on) {
            selected.remove(model);
        }
    }
}
