package dev.promptsmith.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.http.Framing;
import dev.promptsmith.provider.http.HttpRequestSpec;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import dev.promptsmith.provider.http.WireFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OpenAI Chat Completions ({@code POST {baseUrl}/chat/completions}) and the servers that copy it:
 * OpenRouter, Groq, Together, Mistral, DeepSeek, Azure OpenAI, LM Studio, llama.cpp, vLLM, Ollama.
 * Their differences are {@link OpenAiEndpointOptions} on the endpoint, not subclasses.
 */
public final class OpenAiWireFormat implements WireFormat {

    private final ObjectMapper mapper = new ObjectMapper();
    private final OpenAiJson json = new OpenAiJson(mapper);
    private final OpenAiRequestBody requestBody = new OpenAiRequestBody(mapper);
    private final OpenAiErrorClassifier errors = new OpenAiErrorClassifier(json);

    @Override
    public HttpRequestSpec chatRequest(Endpoint endpoint, ChatRequest request, boolean stream) {
        String body = requestBody.write(endpoint, request, stream).toString();
        return new HttpRequestSpec(OpenAiAddress.chatUrl(endpoint), OpenAiAddress.headers(endpoint), body);
    }

    @Override
    public Framing framing() {
        return Framing.SSE;
    }

    @Override
    public StreamDecoder newStreamDecoder() {
        return new OpenAiStreamDecoder(json, errors);
    }

    @Override
    public DecodedResponse decodeResponse(String body) throws MalformedResponseException {
        JsonNode root = json.object(body, "a chat.completion JSON object");
        Optional<OpenAiErrorBody> failure = OpenAiErrorBody.inSuccessBody(root);
        if (failure.isPresent()) {
            return new DecodedResponse("", null, null, errors.inSuccess(failure.get()));
        }
        JsonNode choice = root.path("choices").path(0);
        if (!choice.path("message").isObject()) {
            throw new MalformedResponseException(OpenAiJson.malformed("choices[0].message in the chat.completion", body));
        }
        JsonNode message = choice.get("message");
        String text = OpenAiAnswer.text(OpenAiJson.text(message, "content"), OpenAiJson.text(message, "refusal"));
        return new DecodedResponse(text, OpenAiUsageReader.fromMessage(root),
                OpenAiJson.text(choice, "finish_reason"), null);
    }

    @Override
    public ErrorReport classifyError(int status, Map<String, List<String>> headers, String body) {
        return errors.classify(status, body);
    }

    @Override
    public HttpRequestSpec modelsRequest(Endpoint endpoint) {
        if (!OpenAiAddress.listsModels(endpoint)) {
            return null;
        }
        return new HttpRequestSpec(OpenAiAddress.modelsUrl(endpoint), OpenAiAddress.headers(endpoint), null);
    }

    @Override
    public List<String> decodeModels(String body) throws MalformedResponseException {
        String expected = "a model list {\"data\":[{\"id\":…}]}";
        JsonNode data = json.object(body, expected).get("data");
        if (data == null || !data.isArray()) {
            throw new MalformedResponseException(OpenAiJson.malformed(expected, body));
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode model : data) {
            String id = OpenAiJson.text(model, "id");
            if (id != null && !id.isBlank()) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }
}
