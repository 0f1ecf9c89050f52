package dev.promptsmith.ui.models;

import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.provider.Provider;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.http.HttpProvider;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Adding a model to the project: pick a provider, pick from the models it really offers (asked
 * from its API, where it has a list) or type a name, and give the column an id.
 */
public final class AddModelViewModel {

    private final ObservableList<String> providers = FXCollections.observableArrayList();
    private final ObjectProperty<String> provider = new SimpleObjectProperty<>(this, "provider");
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    private final ProviderRegistry registry;
    private final BackgroundTasks tasks;
    private final Set<String> usedIds;
    private long generation;

    public AddModelViewModel(ProviderRegistry registry, BackgroundTasks tasks, Set<String> usedIds) {
        this.registry = registry;
        this.tasks = tasks;
        this.usedIds = Set.copyOf(usedIds);
        providers.setAll(registry.ids().stream().sorted().toList());
        provider.addListener((o, old, now) -> discover(now));
        // The column id follows the model name until the user types their own.
        model.addListener((o, old, now) -> {
            if (id.get().isEmpty() || id.get().equals(old)) {
                id.set(now == null ? "" : now);
            }
        });
    }

    public ObservableList<String> providers() {
        return providers;
    }

    public ObjectProperty<String> providerProperty() {
        return provider;
    }

    /** The models the chosen provider lists, empty when it has no list or could not be asked. */
    public ObservableList<String> models() {
        return models;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty idProperty() {
        return id;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the choices cannot make a model: no provider, no name, or an id already in use. */
    public BooleanBinding invalidProperty() {
        return Bindings.createBooleanBinding(() -> provider.get() == null || model.get().isBlank()
                || id.get().isBlank() || usedIds.contains(id.get().trim()), provider, model, id);
    }

    public Optional<ModelRef> result() {
        if (invalidProperty().get()) {
            return Optional.empty();
        }
        return Optional.of(new ModelRef(id.get().trim(), provider.get(), model.get().trim(), ModelParams.NONE));
    }

    private void discover(String providerId) {
        long mine = ++generation;
        models.clear();
        Provider chosen = providerId == null ? null : registry.find(providerId).orElse(null);
        if (!(chosen instanceof HttpProvider http)) {
            status.set(chosen == null ? "" : "This provider has no model list: type the model name.");
            return;
        }
        status.set("Asking " + providerId + " for its models…");
        tasks.run(http::models, list -> {
            if (mine != generation) {
                return;
            }
            models.setAll(list.models().stream().sorted().toList());
            status.set(list.error() != null ? "Could not list models: " + list.error().message() + " — type the name."
                    : !list.offered() ? "This endpoint has no model list: type the model name."
                    : list.models().size() + " models available.");
        }, error -> status.set("Could not list models: " + error.getMessage()));
    }
}
