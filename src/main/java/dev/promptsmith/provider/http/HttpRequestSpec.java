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

    /** Header names only: their values include the API key, and a logged spec must not leak it. */
    @Override
    public String toString() {
        return "HttpRequestSpec[url=" + url + ", headers=" + new java.util.TreeSet<>(headers.keySet())
                + ", body=" + (jsonBody == null ? "none" : jsonBody.length() + " chars") + "]";
    }
}
