// Prompt "hostile's prompt" on model "gpt-4o-mini" (provider openai), exported by Promptsmith.
// It sends the request Promptsmith sends, with OkHttp (com.squareup.okhttp3:okhttp) and Jackson (com.fasterxml.jackson.core:jackson-databind).
// The API key is read from OPENAI_API_KEY; it is not stored in this file.
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
public final class HostileSPrompt {

    private static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    private static final MediaType JSON_BODY = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .callTimeout(Duration.ofSeconds(120))
            .build();

    private static final String SYSTEM = String.join("",
            "Rules: It's \"broken\" $(rm -rf ~) `whoami` ${HOME} $HOME \\n \\ %s %d {} {x}\n",
            "second line\r\n",
            "third\ttab 'single' '\\'' éè 中文 😀   */ # \007 !! EOF\n",
            "Answer in JSON.");

    private HostileSPrompt() {
    }

    public static JsonNode hostileSPrompt(String ticket) throws IOException {
        String user = "<ticket>\n" + ticket + "\n</ticket>\n";
        ObjectNode body = JSON.createObjectNode();
        body.put("model", "gpt-4o-mini");
        ArrayNode messages = body.putArray("messages");
        messages.addObject()
                .put("role", "system")
                .put("content", SYSTEM);
        messages.addObject()
                .put("role", "user")
                .put("content", String.join("",
                        "<ticket>\n",
                        "It's \"broken\" $(rm -rf ~) `whoami` ${HOME} $HOME \\n \\ %s %d {} {{ not }} {x}\n",
                        "second line\r\n",
                        "third\ttab 'single' '\\'' éè 中文 😀   */ # \007 !! EOF\n",
                        "</ticket>\n"));
        messages.addObject()
                .put("role", "assistant")
                .put("content", "{\"label\":\"it's `odd`\"}");
        messages.addObject()
                .put("role", "user")
                .put("content", user);
        body.put("temperature", 0.25);
        body.put("top_p", 0.9);
        body.put("max_tokens", 77);
        body.set("stop", JSON.readTree("[\"END'\",\"$(stop)\"]"));
        body.set("response_format", JSON.readTree("{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"answer\",\"schema\":{\"type\":\"object\",\"properties\":{\"label\":{\"type\":\"string\",\"description\":\"it's $(x) `y`\"},\"score\":{\"type\":\"number\",\"maximum\":1.1}},\"required\":[\"label\"]},\"strict\":false}}"));
        String key = System.getenv("OPENAI_API_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("Set OPENAI_API_KEY to your API key");
        }
        String baseUrl = System.getenv().getOrDefault("PROMPTSMITH_BASE_URL", DEFAULT_BASE_URL).replaceAll("/+$", "");
        Request.Builder request = new Request.Builder()
                .url(baseUrl + "/chat/completions")
                .post(RequestBody.create(JSON.writeValueAsString(body), JSON_BODY));
        request.header("Authorization", "Bearer " + key);
        try (Response response = HTTP.newCall(request.build()).execute()) {
            String reply = response.body().string();
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code() + ": " + reply);
            }
            JsonNode answer = JSON.readTree(reply);
            return JSON.readTree(answer.path("choices").path(0).path("message").path("content").asText());
        }
    }
}
