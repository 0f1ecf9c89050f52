package dev.promptsmith.provider.openai;

import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.http.Endpoint;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The header an API key travels in: a Bearer token (OpenAI and most servers) or Azure's {@code api-key}. */
enum OpenAiAuthStyle {
    BEARER(OpenAiEndpointOptions.AUTH_BEARER, "Authorization", "Bearer "),
    API_KEY(OpenAiEndpointOptions.AUTH_API_KEY, "api-key", "");

    private static final Map<String, OpenAiAuthStyle> BY_OPTION = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(style -> style.optionValue, Function.identity()));

    private final String optionValue;
    private final String headerName;
    private final String valuePrefix;

    OpenAiAuthStyle(String optionValue, String headerName, String valuePrefix) {
        this.optionValue = optionValue;
        this.headerName = headerName;
        this.valuePrefix = valuePrefix;
    }

    /** The style the endpoint's {@code auth} option names; an unknown name is a configuration bug. */
    static OpenAiAuthStyle of(Endpoint endpoint) {
        String value = endpoint.option(OpenAiEndpointOptions.AUTH, OpenAiEndpointOptions.AUTH_BEARER);
        OpenAiAuthStyle style = BY_OPTION.get(value);
        if (style == null) {
            throw new IllegalArgumentException("Unknown auth option '" + value + "'; expected one of "
                    + BY_OPTION.keySet());
        }
        return style;
    }

    /** Adds the key header; no key (a local server) means no header at all. */
    void addKeyHeader(Map<String, String> headers, Secret key) {
        if (key != null && !key.isBlank()) {
            headers.put(headerName, valuePrefix + key.reveal());
        }
    }
}
