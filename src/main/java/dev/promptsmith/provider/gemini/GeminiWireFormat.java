package dev.promptsmith.provider.gemini;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.ChatRequest;
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

/**
 * The Google AI Studio Gemini API ({@code generateContent}, {@code streamGenerateContent?alt=sse}).
 * Endpoint option: {@code schemaField} ({@code responseJsonSchema}, the default, or
 * {@code responseSchema}) for where a structured-output schema goes.
 */
public final class GeminiWireFormat implements WireFormat {

    public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/v1beta";
    public static final String KEY_HEADER = "x-goog-api-key";
    /** The list endpoint pages by 50 by default and the catalogue is longer; 1000 is its maximum page. */
    private static final String MODELS_PAGE = "?pageSize=1000";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final GeminiRequestBody requestBody = new GeminiRequestBody(mapper);
    private final GeminiErrorClassifier errors = new GeminiErrorClassifier(mapper);
    private final GeminiResponseReader reader = new GeminiResponseReader(mapper, errors);

    @Override
    public HttpRequestSpec chatRequest(Endpoint endpoint, ChatRequest request, boolean stream) {
        String method = stream ? ":streamGenerateContent?alt=sse" : ":generateContent";
        String url = endpoint.baseUrl() + "/" + modelPath(request.model()) + method;
        return new HttpRequestSpec(url, headers(endpoint), requestBody.write(request, endpoint).toString());
    }

    @Override
    public Framing framing() {
        return Framing.SSE;
    }

    @Override
    public StreamDecoder newStreamDecoder() {
        return new GeminiStreamDecoder(reader);
    }

    @Override
    public DecodedResponse decodeResponse(String body) throws MalformedResponseException {
        JsonNode root = reader.parse(body, "the Gemini response (a GenerateContentResponse)");
        if (!root.has("candidates") && !root.has("promptFeedback") && !root.has("error")) {
            throw new MalformedResponseException(
                    "Expected candidates or promptFeedback in the Gemini response, got: " + ErrorBodies.excerpt(body));
        }
        GeminiChunk chunk = reader.read(root);
        return new DecodedResponse(chunk.text(), chunk.usage(), chunk.finishReason(), chunk.error());
    }

    @Override
    public ErrorReport classifyError(int status, Map<String, List<String>> headers, String body) {
        return errors.classify(status, body);
    }

    @Override
    public HttpRequestSpec modelsRequest(Endpoint endpoint) {
        return new HttpRequestSpec(endpoint.baseUrl() + "/models" + MODELS_PAGE, headers(endpoint), null);
    }

    /** The model ids (without the {@code models/} prefix) that can answer {@code generateContent}. */
    @Override
    public List<String> decodeModels(String body) throws MalformedResponseException {
        JsonNode root = reader.parse(body, "the Gemini model list");
        List<String> names = new ArrayList<>();
        for (JsonNode model : root.path("models")) {
            boolean chats = false;
            for (JsonNode method : model.path("supportedGenerationMethods")) {
                chats |= method.asText().equals("generateContent");
            }
            String name = model.path("name").asText("");
            if (chats && !name.isEmpty()) {
                names.add(name.startsWith("models/") ? name.substring("models/".length()) : name);
            }
        }
        return names;
    }

    /**
     * The resource path of a model: a bare id gets {@code models/}; a name that already has a
     * collection ({@code models/x} as the list returns it, {@code tunedModels/y}) is used as it is.
     */
    static String modelPath(String model) {
        return model.contains("/") ? model : "models/" + model;
    }

    private static Map<String, String> headers(Endpoint endpoint) {
        Map<String, String> headers = new LinkedHashMap<>(endpoint.headers());
        if (endpoint.apiKey() != null && !endpoint.apiKey().isBlank()) {
            headers.put(KEY_HEADER, endpoint.apiKey().reveal());
        }
        return headers;
    }
}
