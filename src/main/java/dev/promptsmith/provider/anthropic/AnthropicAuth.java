package dev.promptsmith.provider.anthropic;

import dev.promptsmith.provider.http.Endpoint;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the key travels: {@code x-api-key: KEY} (the classic form, API version {@code 2023-06-01}) or
 * {@code Authorization: Bearer KEY}, which API version {@code 2026-10-21} and later use (reference §1.3,
 * "API versions"). The endpoint option {@code auth} ({@code x-api-key} or {@code bearer}) overrides the
 * choice by version, e.g. for a gateway that wants a bearer token on the classic version.
 */
enum AnthropicAuth {
    API_KEY_HEADER("x-api-key") {
        @Override
        Map.Entry<String, String> header(String key) {
            return Map.entry("x-api-key", key);
        }
    },
    BEARER("bearer") {
        @Override
        Map.Entry<String, String> header(String key) {
            return Map.entry("authorization", "Bearer " + key);
        }
    };

    /** Endpoint option naming the scheme explicitly. */
    static final String OPTION = "auth";
    /** The first API version that takes the key as a bearer token. */
    static final String FIRST_BEARER_VERSION = "2026-10-21";

    private final String optionValue;

    AnthropicAuth(String optionValue) {
        this.optionValue = optionValue;
    }

    abstract Map.Entry<String, String> header(String key);

    /**
     * The scheme for {@code endpoint} speaking API {@code version}. Versions are ISO dates, so they
     * compare as text; a version that is not a date keeps the classic header.
     *
     * @throws IllegalArgumentException when the {@code auth} option names no known scheme: a settings
     *     mistake that must not silently send the key some other way
     */
    static AnthropicAuth forEndpoint(Endpoint endpoint, String version) {
        String chosen = endpoint.option(OPTION, null);
        if (chosen != null) {
            return byOptionValue(chosen).orElseThrow(() -> new IllegalArgumentException(
                    "Unknown Anthropic auth option '" + chosen + "': use x-api-key or bearer"));
        }
        boolean isoDate = version.matches("\\d{4}-\\d{2}-\\d{2}");
        return isoDate && version.compareTo(FIRST_BEARER_VERSION) >= 0 ? BEARER : API_KEY_HEADER;
    }

    private static Optional<AnthropicAuth> byOptionValue(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.optionValue.equals(wanted)).findFirst();
    }
}
