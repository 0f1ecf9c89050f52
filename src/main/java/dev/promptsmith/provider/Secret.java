package dev.promptsmith.provider;

import java.util.Objects;

/**
 * An API key. Its {@link #toString()} never shows the value, so a key that slips into a log line,
 * an exception message or a debugger view stays hidden; only {@link #reveal()} gives it out, at the
 * one place that writes the HTTP header.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value);
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
