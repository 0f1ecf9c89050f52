// Prompt "class" on model "claude-sonnet-4-5" (provider anthropic), exported by Promptsmith.
// It sends the request Promptsmith sends, with OkHttp (com.squareup.okhttp3:okhttp) and Jackson (com.fasterxml.jackson.core:jackson-databind).
// The API key is read from ANTHROPIC_API_KEY; it is not stored in this file.
// Set PROMPTSMITH_BASE_URL to send the request to another address.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Calls one prompt on one model, with the prompt's variables as parameters. */
public final class ClassPrompt {

    private static final String DEFAULT_BASE_URL = "https://api.anthropic.com/v1";
    private static final MediaType JSON_BODY = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .callTimeout(Duration.ofSeconds(120))
            .build();

    private ClassPrompt() {
    }

    public static String class_(String system_, String class__, String from, String response_, String user_, String await, String body_) throws IOException {
        String system = system_;
        String user = class__ + "|" + from + "|" + response_ + "|" + user_ + "|" + await + "|" + body_;
        ObjectNode body = JSON.createObjectNode();
        body.put("model", "claude-sonnet-4-5");
        body.put("max_tokens", 4096);
        if (!system.isBlank()) {
            body.put("system", system);
        }
        ArrayNode messages = body.putArray("messages");
        messages.addObject()
                .put("role", "user")
                .put("content", user);
        String key = System.getenv("ANTHROPIC_API_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("Set ANTHROPIC_API_KEY to your API key");
        }
        String baseUrl = System.getenv().getOrDefault("PROMPTSMITH_BASE_URL", DEFAULT_BASE_URL).replaceAll("/+$", "");
        Request.Builder request = new Request.Builder()
                .url(baseUrl + "/messages")
                .post(RequestBody.create(JSON.writeValueAsString(body), JSON_BODY));
        request.header("anthropic-version", "2023-06-01");
        request.header("x-api-key", key);
        try (Response response = HTTP.newCall(request.build()).execute()) {
            String reply = response.body().string();
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code() + ": " + reply);
            }
            JsonNode answer = JSON.readTree(reply);
            StringBuilder text = new StringBuilder();
            for (JsonNode block : answer.path("content")) {
                if (block.path("type").asText().equals("text")) {
                    text.append(block.path("text").asText());
                }
            }
            return text.toString();
        }
    }
}
