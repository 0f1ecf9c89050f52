package dev.promptsmith.provider.ollama;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.Framing;
import dev.promptsmith.provider.http.HttpRequestSpec;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import dev.promptsmith.provider.http.WireFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ollama's native API ({@code POST /api/chat}, NDJSON streams, {@code GET /api/tags}). */
public final class OllamaWireFormat implements WireFormat {

    public static final String DEFAULT_BASE_URL = "http://localhost:11434";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final OllamaRequestBody requestBody = new OllamaRequestBody(mapper);
    private final OllamaChatReader reader = new OllamaChatReader(mapper);
    private final OllamaErrorClassifier errors = new OllamaErrorClassifier(mapper);

    @Override
    public HttpRequestSpec chatRequest(Endpoint endpoint, ChatRequest request, boolean stream) {
        return new HttpRequestSpec(endpoint.baseUrl() + "/api/chat", headers(endpoint),
                requestBody.write(request, stream).toString());
    }

    @Override
    public Framing framing() {
        return Framing.NDJSON;
    }

    @Override
    public StreamDecoder newStreamDecoder() {
        return new OllamaStreamDecoder(reader);
    }

    @Override
    public DecodedResponse decodeResponse(String body) throws MalformedResponseException {
        JsonNode root = reader.parse(body, "the Ollama chat response");
        OllamaChunk chunk = reader.read(root);
        if (chunk.error() != null) {
            // As after a 200 in a stream: the runner failed while answering, worth one more try.
            return new DecodedResponse("", null, null, new ProviderError(Kind.STREAM_ERROR, 200, chunk.error(), true));
        }
        if (!root.has("message") && !root.has("done")) {
            throw new MalformedResponseException(
                    "Expected message and done in the Ollama chat response, got: " + ErrorBodies.excerpt(body));
        }
        return new DecodedResponse(chunk.text(), chunk.usage(), chunk.doneReason(), null);
    }

    @Override
    public ErrorReport classifyError(int status, Map<String, List<String>> headers, String body) {
        return errors.classify(status, body);
    }

    @Override
    public HttpRequestSpec modelsRequest(Endpoint endpoint) {
        return new HttpRequestSpec(endpoint.baseUrl() + "/api/tags", headers(endpoint), null);
    }

    /** The local model names ({@code llama3.2:latest}, …) from {@code /api/tags}. */
    @Override
    public List<String> decodeModels(String body) throws MalformedResponseException {
        JsonNode root = reader.parse(body, "the Ollama model list (/api/tags)");
        List<String> names = new ArrayList<>();
        for (JsonNode model : root.path("models")) {
            String name = model.path("name").asText("");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * A local Ollama takes no key. When one is configured (Ollama behind an authenticating proxy,
     * or ollama.com's hosted API) it goes out as a bearer token.
     */
    private static Map<String, String> headers(Endpoint endpoint) {
        Map<String, String> headers = new LinkedHashMap<>(endpoint.headers());
        if (endpoint.apiKey() != null && !endpoint.apiKey().isBlank()) {
            headers.put("Authorization", "Bearer " + endpoint.apiKey().reveal());
        }
        return headers;
    }
}
