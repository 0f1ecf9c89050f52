package dev.promptsmith.provider.ollama;

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

/** The request side of Ollama's native API: {@code POST /api/chat} and {@code GET /api/tags} (reference §1.5). */
class OllamaRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OllamaWireFormat format = new OllamaWireFormat();
    private final Endpoint local = new Endpoint(OllamaWireFormat.DEFAULT_BASE_URL, null, Map.of(), Map.of());
    private final ChatRequest conversation = new ChatRequest("llama3.2", List.of(
            ChatMessage.system("You classify support tickets."),
            ChatMessage.user("My card was charged twice."),
            ChatMessage.assistant("billing"),
            ChatMessage.user("The app crashes on start.")),
            new ModelParams(0.2, 256, 0.9, List.of("\n\n", "END")));

    @Test
    void bodyKeepsRolesAndMapsParametersToOptions() throws Exception {
        JsonNode body = JSON.readTree(format.chatRequest(local, conversation, true).jsonBody());

        assertThat(body).isEqualTo(JSON.readTree("""
                {"model": "llama3.2",
                 "messages": [
                   {"role": "system", "content": "You classify support tickets."},
                   {"role": "user", "content": "My card was charged twice."},
                   {"role": "assistant", "content": "billing"},
                   {"role": "user", "content": "The app crashes on start."}],
                 "stream": true,
                 "options": {"temperature": 0.2, "top_p": 0.9, "num_predict": 256, "stop": ["\\n\\n", "END"]}}
                """));
    }

    @Test
    void streamIsAlwaysExplicitAndUnsetOptionsAreLeftOut() throws Exception {
        ChatRequest plain = new ChatRequest("llama3.2", List.of(ChatMessage.user("Hi")), ModelParams.NONE);
        JsonNode body = JSON.readTree(format.chatRequest(local, plain, false).jsonBody());
        assertThat(body).isEqualTo(JSON.readTree("""
                {"model": "llama3.2", "messages": [{"role": "user", "content": "Hi"}], "stream": false}
                """));

        ChatRequest some = new ChatRequest("llama3.2", List.of(ChatMessage.user("Hi")),
                ModelParams.NONE.withTemperature(0.0).withStop(List.of()));
        assertThat(JSON.readTree(format.chatRequest(local, some, false).jsonBody()).get("options"))
                .isEqualTo(JSON.readTree("{\"temperature\": 0.0}"));
    }

    @Test
    void urlsAndFraming() {
        assertThat(format.chatRequest(local, conversation, true).url()).isEqualTo("http://localhost:11434/api/chat");
        assertThat(format.chatRequest(local, conversation, false).url()).isEqualTo("http://localhost:11434/api/chat");
        HttpRequestSpec models = format.modelsRequest(new Endpoint("http://gpu-box:11434/", null, Map.of(), Map.of()));
        assertThat(models.url()).isEqualTo("http://gpu-box:11434/api/tags");
        assertThat(models.jsonBody()).isNull();
        assertThat(format.framing()).isEqualTo(Framing.NDJSON);
    }

    @Test
    void aLocalServerGetsNoAuthorizationHeader() {
        assertThat(format.chatRequest(local, conversation, true).headers()).isEmpty();
    }

    @Test
    void aConfiguredKeyTravelsOnlyAsABearerToken() {
        String key = "ollama-test-key-0123456789";
        Endpoint hosted = new Endpoint("https://ollama.example.com", Secret.of(key), Map.of("X-Team", "triage"), Map.of());
        for (HttpRequestSpec spec : List.of(format.chatRequest(hosted, conversation, true), format.modelsRequest(hosted))) {
            assertThat(spec.headers()).containsEntry("Authorization", "Bearer " + key).containsEntry("X-Team", "triage");
            assertThat(spec.headers().entrySet()).filteredOn(e -> e.getValue().contains(key))
                    .extracting(Map.Entry::getKey).containsExactly("Authorization");
            assertThat(spec.url()).doesNotContain(key);
            assertThat(spec.jsonBody() == null ? "" : spec.jsonBody()).doesNotContain(key);
        }
    }
}
