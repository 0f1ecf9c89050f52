package dev.promptsmith.provider.anthropic;

import dev.promptsmith.provider.http.Endpoint;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The headers of every Messages API request: the endpoint's extras, the version, the key, the content type. */
final class AnthropicHeaders {

    /** Endpoint option holding the {@code anthropic-version} header value. */
    static final String VERSION_OPTION = "anthropicVersion";
    static final String DEFAULT_VERSION = "2023-06-01";

    private AnthropicHeaders() {
    }

    /**
     * Header names are lower case, as HTTP/2 sends them. The endpoint's own headers (e.g.
     * {@code anthropic-beta}) come first, and the ones set here replace any of the same name, so a stray
     * extra header can never carry a second key or contradict the version option. Without a key no auth
     * header is added, and an {@code authorization} the endpoint sets itself (a gateway's token) stays.
     */
    static Map<String, String> of(Endpoint endpoint, boolean hasJsonBody) {
        Map<String, String> headers = new LinkedHashMap<>();
        endpoint.headers().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
        String version = endpoint.option(VERSION_OPTION, DEFAULT_VERSION);
        headers.put("anthropic-version", version);
        AnthropicAuth auth = AnthropicAuth.forEndpoint(endpoint, version);
        if (endpoint.apiKey() != null && !endpoint.apiKey().isBlank()) {
            headers.remove("x-api-key");
            headers.remove("authorization");
            Map.Entry<String, String> header = auth.header(endpoint.apiKey().reveal());
            headers.put(header.getKey(), header.getValue());
        }
        if (hasJsonBody) {
            headers.put("content-type", "application/json");
        }
        return headers;
    }
}
