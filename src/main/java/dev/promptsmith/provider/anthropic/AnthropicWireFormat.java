package dev.promptsmith.provider.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.Framing;
import dev.promptsmith.provider.http.HttpRequestSpec;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import dev.promptsmith.provider.http.WireFormat;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Anthropic Messages API ({@code POST {baseUrl}/messages}, reference §1.3). Endpoint options:
 * {@code anthropicVersion} (default {@code 2023-06-01}) and {@code auth} ({@code x-api-key} or
 * {@code bearer}; by default chosen from the version, see {@link AnthropicAuth}). Structured output
 * goes through a forced tool, {@link AnswerTool}.
 */
public final class AnthropicWireFormat implements WireFormat {

    /** The base URL of Anthropic's own API; gateways and proxies use their own. */
    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com/v1";

    /**
     * Asks for the largest page the models list allows (1 to 1000, default 20), so one request sees
     * every model; {@code has_more} paging is not followed.
     */
    private static final String MODELS_QUERY = "?limit=1000";

    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectReader exactNumbers = AnthropicJson.exactNumbers(mapper);
    private final AnthropicRequestBody requestBody = new AnthropicRequestBody(mapper);
    private final AnthropicErrorClassifier errors = new AnthropicErrorClassifier(mapper);

    @Override
    public HttpRequestSpec chatRequest(Endpoint endpoint, ChatRequest request, boolean stream) {
        String json;
        try {
            json = mapper.writeValueAsString(requestBody.write(request, stream));
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises; failing here is a bug, not a provider fault.
            throw new UncheckedIOException(e);
        }
        return new HttpRequestSpec(endpoint.baseUrl() + "/messages", AnthropicHeaders.of(endpoint, true), json);
    }

    @Override
    public Framing framing() {
        return Framing.SSE;
    }

    @Override
    public StreamDecoder newStreamDecoder() {
        return new AnthropicStreamDecoder(mapper);
    }

    /**
     * The text is every {@code text} block of {@code content} joined without a separator: blocks are
     * consecutive pieces of one answer (citations split it), and the stream joins them the same way.
     * Thinking and tool-use blocks are not part of the text, except the {@link AnswerTool}'s: when it
     * is there (a structured-output request), its {@code input} as compact JSON is the whole text, and
     * text blocks are left out. A 200 body that is an error object (some gateways answer so) comes back
     * as an error, not as an empty answer.
     */
    @Override
    public DecodedResponse decodeResponse(String body) throws MalformedResponseException {
        JsonNode root = AnthropicJson.object(exactNumbers, body, "a Messages API response");
        if ("error".equals(AnthropicJson.text(root, "type"))) {
            return new DecodedResponse("", null, null,
                    AnthropicErrorClassifier.after200(AnthropicErrorBody.read(root)));
        }
        JsonNode content = root.path("content");
        if (!content.isArray()) {
            throw new MalformedResponseException(
                    "Expected a Messages API response with a content array, got: " + ErrorBodies.excerpt(body));
        }
        UsageTally usage = new UsageTally();
        usage.apply(root.path("usage"));
        return new DecodedResponse(text(content), usage.toUsage(), AnthropicJson.text(root, "stop_reason"), null);
    }

    private String text(JsonNode content) {
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content) {
            String type = AnthropicJson.text(block, "type");
            String toolName = AnthropicJson.text(block, "name");
            if ("tool_use".equals(type) && AnswerTool.isAnswer(toolName)) {
                return AnswerTool.answerText(mapper, block.path("input"), AnswerTool.isWrapped(toolName));
            }
            if ("text".equals(type) && block.path("text").isTextual()) {
                text.append(block.path("text").textValue());
            }
        }
        return text.toString();
    }

    /** Anthropic's error bodies carry no retry delay; {@code retry-after} is a header, read by the transport. */
    @Override
    public ErrorReport classifyError(int status, Map<String, List<String>> headers, String body) {
        return new ErrorReport(errors.httpError(status, body), -1);
    }

    @Override
    public HttpRequestSpec modelsRequest(Endpoint endpoint) {
        return new HttpRequestSpec(endpoint.baseUrl() + "/models" + MODELS_QUERY,
                AnthropicHeaders.of(endpoint, false), null);
    }

    /** The {@code id}s of {@code data[]}, in the server's order (newest first). */
    @Override
    public List<String> decodeModels(String body) throws MalformedResponseException {
        JsonNode data = AnthropicJson.object(mapper, body, "the models list").path("data");
        if (!data.isArray()) {
            throw new MalformedResponseException(
                    "Expected the models list with a data array, got: " + ErrorBodies.excerpt(body));
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode model : data) {
            String id = AnthropicJson.text(model, "id");
            if (id != null && !id.isBlank()) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }
}
