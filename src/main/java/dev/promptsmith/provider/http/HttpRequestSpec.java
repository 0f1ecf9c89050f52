package dev.promptsmith.provider.http;

import java.util.Map;

/**
 * What a wire format wants sent: the full URL, headers (the API key among them), and a JSON body,
 * or a null body for a GET.
 */
public record HttpRequestSpec(String url, Map<String, String> headers, String jsonBody) {

    public HttpRequestSpec {
        headers = Map.copyOf(headers);
    }
}
