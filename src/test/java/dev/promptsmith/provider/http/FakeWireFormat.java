package dev.promptsmith.provider.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.Usage;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A minimal wire format for testing the transport alone: SSE events {@code {"t":"text"}}, an
 * {@code {"error":"…","retry":true}} event, {@code [DONE]} at the end, error bodies
 * {@code {"message":"…"}} classified by status only.
 */
final class FakeWireFormat implements WireFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public HttpRequestSpec chatRequest(Endpoint endpoint, ChatRequest request, boolean stream) {
        return new HttpRequestSpec(endpoint.baseUrl() + "/chat",
                Map.of("Authorization", "Bearer " + endpoint.apiKey().reveal()),
                "{\"model\":\"" + request.model() + "\",\"stream\":" + stream + "}");
    }

    @Override
    public Framing framing() {
        return Framing.SSE;
    }

    @Override
    public StreamDecoder newStreamDecoder() {
        return new StreamDecoder() {
            private final StringBuilder text = new StringBuilder();
            private ProviderError error;

            @Override
            public boolean onEvent(String event, String data, StreamSink sink) throws MalformedResponseException {
                if (data.equals("[DONE]")) {
                    return false;
                }
                JsonNode node = parse(data);
                if (node.has("error")) {
                    error = new ProviderError(ProviderError.Kind.STREAM_ERROR, 200, node.get("error").asText(),
                            node.path("retry").asBoolean());
                    return false;
                }
                String delta = node.get("t").asText();
                text.append(delta);
                sink.text(delta);
                return true;
            }

            @Override
            public DecodedResponse finish(boolean complete) {
                ProviderError end = error != null ? error : complete ? null
                        : new ProviderError(ProviderError.Kind.STREAM_CUT, 200, "stream ended early", true);
                return new DecodedResponse(text.toString(), end == null ? new Usage(3, 2, 0, 0, 0, false) : null,
                        end == null ? "stop" : null, end);
            }
        };
    }

    @Override
    public DecodedResponse decodeResponse(String body) throws MalformedResponseException {
        return new DecodedResponse(parse(body).get("t").asText(), null, "stop", null);
    }

    @Override
    public ErrorReport classifyError(int status, Map<String, List<String>> headers, String body) {
        String message;
        try {
            message = JSON.readTree(body).get("message").asText();
        } catch (IOException | RuntimeException e) {
            message = "HTTP " + status + " with a body that is not JSON";
        }
        boolean retry = status == 429 || status >= 500;
        return new ErrorReport(new ProviderError(status == 401 ? ProviderError.Kind.AUTH
                : retry ? ProviderError.Kind.SERVER : ProviderError.Kind.BAD_REQUEST, status, message, retry), -1);
    }

    @Override
    public HttpRequestSpec modelsRequest(Endpoint endpoint) {
        return new HttpRequestSpec(endpoint.baseUrl() + "/models", Map.of(), null);
    }

    @Override
    public List<String> decodeModels(String body) throws MalformedResponseException {
        return List.of(parse(body).get("models").asText().split(","));
    }

    private static JsonNode parse(String data) throws MalformedResponseException {
        try {
            return JSON.readTree(data);
        } catch (IOException e) {
            throw new MalformedResponseException("not JSON: " + data);
        }
    }
}
