package dev.promptsmith.ui.settings;

import dev.promptsmith.provider.config.ProviderEntry;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One provider entry as the settings dialog edits it: base URL, a new key, and the last connection test. */
public final class ProviderRow {

    private final ProviderEntry entry;
    private final StringProperty baseUrl;
    private final StringProperty newKey = new SimpleStringProperty(this, "newKey", "");
    private final StringProperty keySource;
    private final StringProperty testResult = new SimpleStringProperty(this, "testResult", "");
    private final BooleanProperty testing = new SimpleBooleanProperty(this, "testing");

    ProviderRow(ProviderEntry entry, String keySource) {
        this.entry = entry;
        this.baseUrl = new SimpleStringProperty(this, "baseUrl", entry.baseUrl() == null ? "" : entry.baseUrl());
        this.keySource = new SimpleStringProperty(this, "keySource", keySource);
    }

    public String id() {
        return entry.id();
    }

    public String kind() {
        return entry.kind();
    }

    public boolean needsKey() {
        return entry.needsKey();
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    /** A key typed in the dialog; blank means "keep the current one". */
    public StringProperty newKeyProperty() {
        return newKey;
    }

    public StringProperty keySourceProperty() {
        return keySource;
    }

    public StringProperty testResultProperty() {
        return testResult;
    }

    public BooleanProperty testingProperty() {
        return testing;
    }

    /** The entry with the edited base URL. */
    ProviderEntry toEntry() {
        return new ProviderEntry(entry.id(), entry.kind(), baseUrl.get().trim(), entry.keyEnv(), entry.options(),
                entry.maxConcurrent(), entry.requestsPerMinute(), entry.tokensPerMinute(), entry.maxAttempts(),
                entry.maxTotalWaitSeconds());
    }
}
