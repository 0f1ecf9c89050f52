package dev.promptsmith.ui.settings;

import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.config.KeyStore;
import dev.promptsmith.provider.config.ProviderEntriesStore;
import dev.promptsmith.provider.config.ProviderEntry;
import dev.promptsmith.provider.config.ProviderFactory;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Provider settings: base URLs and keys per entry, a connection test that lists the models, and
 * saving (entries to providers.json, keys to the owner-only keys file), after which the running
 * app's providers are rebuilt.
 */
public final class ProviderSettingsViewModel {

    private final ObservableList<ProviderRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    private final ProviderEntriesStore entriesStore;
    private final KeyStore keys;
    private final ProviderFactory factory;
    private final ProviderRegistry registry;
    private final BackgroundTasks tasks;

    public ProviderSettingsViewModel(ProviderEntriesStore entriesStore, KeyStore keys, ProviderFactory factory,
                                     ProviderRegistry registry, BackgroundTasks tasks) {
        this.entriesStore = entriesStore;
        this.keys = keys;
        this.factory = factory;
        this.registry = registry;
        this.tasks = tasks;
    }

    public ObservableList<ProviderRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reads the entries and keys in the background and fills the table. */
    public void load() {
        tasks.run(() -> {
            keys.load();
            return entriesStore.load();
        }, entries -> rows.setAll(entries.stream().map(e -> new ProviderRow(e, keys.source(e))).toList()),
                error -> status.set("Could not read provider settings: " + error.getMessage()));
    }

    /** One cheap call (the model list) with the row's current URL and key; the result lands in the row. */
    public void test(ProviderRow row) {
        ProviderEntry entry = row.toEntry();
        Optional<Secret> key = typedKey(row).or(() -> keys.key(entry));
        Optional<String> problem = ProviderFactory.problem(entry, key);
        if (problem.isPresent()) {
            row.testResultProperty().set(problem.get());
            return;
        }
        row.testingProperty().set(true);
        row.testResultProperty().set("Testing…");
        tasks.run(() -> factory.create(entry, key).map(p -> p.models()).orElseThrow(
                () -> new IllegalStateException("No wire format for kind " + entry.kind())), list -> {
            row.testingProperty().set(false);
            row.testResultProperty().set(describe(list));
        }, error -> {
            row.testingProperty().set(false);
            row.testResultProperty().set("Failed: " + error.getMessage());
        });
    }

    /** Saves entries and any new keys, then rebuilds the app's providers; {@code onSaved} runs on success. */
    public void save(Runnable onSaved) {
        List<ProviderEntry> entries = rows.stream().map(ProviderRow::toEntry).toList();
        List<ProviderRow> withNewKeys = rows.stream().filter(r -> typedKey(r).isPresent()).toList();
        List<Secret> newKeys = withNewKeys.stream().map(r -> typedKey(r).orElseThrow()).toList();
        tasks.run(() -> {
            entriesStore.save(entries);
            for (int i = 0; i < withNewKeys.size(); i++) {
                keys.put(withNewKeys.get(i).id(), newKeys.get(i));
            }
            factory.registerAll(registry, entries, keys);
            return entries.size();
        }, count -> {
            withNewKeys.forEach(r -> r.newKeyProperty().set(""));
            rows.forEach(r -> r.keySourceProperty().set(keys.source(r.toEntry())));
            status.set("Saved " + count + " providers");
            onSaved.run();
        }, error -> status.set("Could not save: " + (error instanceof IOException ? error.getMessage() : error.toString())));
    }

    private static Optional<Secret> typedKey(ProviderRow row) {
        String typed = row.newKeyProperty().get();
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(Secret.of(typed.trim()));
    }

    static String describe(HttpTransport.ModelList list) {
        if (list.error() != null) {
            ProviderError e = list.error();
            return "Failed: " + e.kind() + (e.status() > 0 ? " (HTTP " + e.status() + ")" : "") + " — " + e.message();
        }
        if (!list.offered()) {
            return "This endpoint lists no models (its URL fixes the model); the settings look complete";
        }
        List<String> models = list.models();
        String shown = String.join(", ", models.subList(0, Math.min(6, models.size())));
        return "Connected: " + models.size() + (models.size() == 1 ? " model" : " models")
                + (models.isEmpty() ? "" : " (" + shown + (models.size() > 6 ? ", …" : "") + ")");
    }
}
