package dev.promptsmith.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.http.Framing;
import dev.promptsmith.provider.http.HttpRequestSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request side of the Gemini format: URL, headers and the GenerateContentRequest body (reference §1.4). */
class GeminiRequestTest {

    private static final String KEY = "AIzaSyTest-0123456789abcdefghijklmnop";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GeminiWireFormat format = new GeminiWireFormat();
    private final Endpoint endpoint = new Endpoint(GeminiWireFormat.DEFAULT_BASE_URL, Secret.of(KEY), Map.of(), Map.of());
    private final ChatRequest conversation = new ChatRequest("gemini-2.0-flash", List.of(
            ChatMessage.system("You classify support tickets."),
            ChatMessage.user("My card was charged twice."),
            ChatMessage.assistant("billing"),
            ChatMessage.system("Answer with one word."),
            ChatMessage.user("The app crashes on start.")),
            new ModelParams(0.2, 256, 0.9, List.of("\n\n", "END")));

    @Test
    void bodyMapsRolesSystemMessagesAndParameters() throws Exception {
        JsonNode body = JSON.readTree(format.chatRequest(endpoint, conversation, false).jsonBody());

        assertThat(body).isEqualTo(JSON.readTree("""
                {"contents": [
                   {"role": "user", "parts": [{"text": "My card was charged twice."}]},
                   {"role": "model", "parts": [{"text": "billing"}]},
                   {"role": "user", "parts": [{"text": "The app crashes on start."}]}],
                 "systemInstruction": {"parts": [{"text": "You classify support tickets."},
                                                 {"text": "Answer with one word."}]},
                 "generationConfig": {"temperature": 0.2, "topP": 0.9, "maxOutputTokens": 256,
                                      "stopSequences": ["\\n\\n", "END"]}}
                """));
    }

    @Test
    void unsetParametersAndAbsentSystemMessagesAreLeftOut() throws Exception {
        ChatRequest plain = new ChatRequest("gemini-2.0-flash", List.of(ChatMessage.user("Hi")), ModelParams.NONE);
        JsonNode body = JSON.readTree(format.chatRequest(endpoint, plain, true).jsonBody());
        assertThat(body).isEqualTo(JSON.readTree("""
                {"contents": [{"role": "user", "parts": [{"text": "Hi"}]}]}
                """));
    }

    @Test
    void onlyTheParametersThatAreSetAreSent() throws Exception {
        ChatRequest some = new ChatRequest("m", List.of(ChatMessage.user("Hi")),
                ModelParams.NONE.withMaxTokens(10).withStop(List.of()));
        JsonNode body = JSON.readTree(format.chatRequest(endpoint, some, false).jsonBody());
        assertThat(body.get("generationConfig")).isEqualTo(JSON.readTree("{\"maxOutputTokens\": 10}"));
    }

    @Test
    void urlsNameTheModelAndTheMethod() {
        assertThat(format.chatRequest(endpoint, conversation, false).url()).isEqualTo(
                "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent");
        assertThat(format.chatRequest(endpoint, conversation, true).url()).isEqualTo(
                "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse");
        assertThat(format.framing()).isEqualTo(Framing.SSE);
    }

    @Test
    void modelNamesWithACollectionAreUsedAsTheyAre() {
        Endpoint local = new Endpoint("http://127.0.0.1:9/v1beta/", Secret.of(KEY), Map.of(), Map.of());
        ChatRequest listed = new ChatRequest("models/gemini-2.5-pro", List.of(ChatMessage.user("Hi")), null);
        ChatRequest tuned = new ChatRequest("tunedModels/triage-7x2k", List.of(ChatMessage.user("Hi")), null);
        assertThat(format.chatRequest(local, listed, false).url())
                .isEqualTo("http://127.0.0.1:9/v1beta/models/gemini-2.5-pro:generateContent");
        assertThat(format.chatRequest(local, tuned, false).url())
                .isEqualTo("http://127.0.0.1:9/v1beta/tunedModels/triage-7x2k:generateContent");
    }

    @Test
    void theKeyTravelsOnlyInItsHeader() {
        Endpoint withExtras = new Endpoint(GeminiWireFormat.DEFAULT_BASE_URL, Secret.of(KEY),
                Map.of("x-goog-user-project", "triage-lab"), Map.of());
        for (HttpRequestSpec spec : List.of(format.chatRequest(withExtras, conversation, true),
                format.chatRequest(withExtras, conversation, false), format.modelsRequest(withExtras))) {
            assertThat(spec.headers()).containsEntry("x-goog-api-key", KEY)
                    .containsEntry("x-goog-user-project", "triage-lab");
            assertThat(spec.headers().entrySet()).filteredOn(e -> e.getValue().contains(KEY))
                    .extracting(Map.Entry::getKey).containsExactly("x-goog-api-key");
            assertThat(spec.url()).doesNotContain(KEY);
            assertThat(spec.jsonBody() == null ? "" : spec.jsonBody()).doesNotContain(KEY);
        }
    }

    @Test
    void withoutAKeyNoKeyHeaderIsSent() {
        Endpoint keyless = new Endpoint("http://127.0.0.1:9/v1beta", null, Map.of(), Map.of());
        assertThat(format.chatRequest(keyless, conversation, false).headers()).doesNotContainKey("x-goog-api-key");
        Endpoint blank = new Endpoint("http://127.0.0.1:9/v1beta", Secret.of(" "), Map.of(), Map.of());
        assertThat(format.chatRequest(blank, conversation, false).headers()).doesNotContainKey("x-goog-api-key");
    }

    @Test
    void modelsRequestIsAGetOfOneLargePage() {
        HttpRequestSpec spec = format.modelsRequest(endpoint);
        assertThat(spec.url()).isEqualTo("https://generativelanguage.googleapis.com/v1beta/models?pageSize=1000");
        assertThat(spec.jsonBody()).isNull();
    }
}
