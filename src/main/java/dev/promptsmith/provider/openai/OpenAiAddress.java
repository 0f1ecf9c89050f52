package dev.promptsmith.provider.openai;

import dev.promptsmith.provider.http.Endpoint;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** URLs and headers for an OpenAI-compatible endpoint, Azure deployments included. */
final class OpenAiAddress {

    private OpenAiAddress() {
    }

    static String chatUrl(Endpoint endpoint) {
        return endpoint.baseUrl() + "/chat/completions" + apiVersionQuery(endpoint);
    }

    static String modelsUrl(Endpoint endpoint) {
        return endpoint.baseUrl() + "/models" + apiVersionQuery(endpoint);
    }

    /** Whether {@code GET /models} exists: a deployment URL (it has an API version) names one model. */
    static boolean listsModels(Endpoint endpoint) {
        return endpoint.option(OpenAiEndpointOptions.API_VERSION, null) == null;
    }

    /**
     * The endpoint's extra headers, then the key header, which wins over an extra of the same name.
     * Content-Type is the transport's: it comes with the body.
     */
    static Map<String, String> headers(Endpoint endpoint) {
        Map<String, String> headers = new LinkedHashMap<>(endpoint.headers());
        OpenAiAuthStyle.of(endpoint).addKeyHeader(headers, endpoint.apiKey());
        return headers;
    }

    private static String apiVersionQuery(Endpoint endpoint) {
        String version = endpoint.option(OpenAiEndpointOptions.API_VERSION, null);
        return version == null ? "" : "?api-version=" + URLEncoder.encode(version, StandardCharsets.UTF_8);
    }
}
