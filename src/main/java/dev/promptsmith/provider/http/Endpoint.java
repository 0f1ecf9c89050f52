package dev.promptsmith.provider.http;

import dev.promptsmith.provider.Secret;
import java.util.Map;

/**
 * Where and how to reach one provider entry: base URL (e.g. {@code https://api.openai.com/v1}),
 * the key (null for local servers), extra headers, and format options such as
 * {@code anthropicVersion} or Azure's {@code apiVersion}.
 */
public record Endpoint(String baseUrl, Secret apiKey, Map<String, String> headers, Map<String, String> options) {

    public Endpoint {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        options = options == null ? Map.of() : Map.copyOf(options);
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }
}
