// Prompt "jinja-triage" on model "gpt-4o-mini" (provider openai), exported by Promptsmith.
// It sends the request Promptsmith sends, with OkHttp (com.squareup.okhttp3:okhttp) and Jackson (com.fasterxml.jackson.core:jackson-databind) and Jinjava (com.hubspot.jinjava:jinjava).
// The API key is read from OPENAI_API_KEY; it is not stored in this file.
// Set PROMPTSMITH_BASE_URL to send the request to another address.
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpreterFactory;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Calls one prompt on one model, with the prompt's variables as parameters. */
public final class JinjaTriage {

    private static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    private static final MediaType JSON_BODY = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .callTimeout(Duration.ofSeconds(120))
            .build();
    // The prompt uses Jinja control flow, so it is rendered with Jinjava, configured as Promptsmith
    // renders it: an undefined variable is an error, and a value is never rendered again as a template.
    private static final Jinjava JINJA = new Jinjava(JinjavaConfig.newBuilder()
            .withFailOnUnknownTokens(true)
            .withNestedInterpretationEnabled(false)
            .withKeepTrailingNewline(true)
            .withLegacyOverrides(LegacyOverrides.newBuilder()
                    .withIterateOverMapKeys(true)
                    .withUsePyishObjectMapper(true)
                    .withUseNaturalOperatorPrecedence(true)
                    .withEvaluateMapKeys(true)
                    .withHandleBackslashInQuotesOnly(true)
                    .withUseTrimmingForNotesAndExpressions(true)
                    .withParseWhitespaceControlStrictly(true)
                    .build())
            .withInterperterFactory(new InterpreterFactory() {
                @Override
                public JinjavaInterpreter newInstance(JinjavaInterpreter original) {
                    return new AsIsInterpreter(original);
                }

                @Override
                public JinjavaInterpreter newInstance(Jinjava jinjava, Context context, JinjavaConfig config) {
                    return new AsIsInterpreter(jinjava, context, config);
                }
            })
            .build());

    // Prints a string value as it is, as Jinja2 and Promptsmith do: Jinjava's Python-like printing
    // writes a control character in a value (U+0007, an ANSI escape) as a backslash-u escape.
    private static final class AsIsInterpreter extends JinjavaInterpreter {
        AsIsInterpreter(JinjavaInterpreter original) {
            super(original);
        }

        AsIsInterpreter(Jinjava jinjava, Context context, JinjavaConfig config) {
            super(jinjava, context, config);
        }

        @Override
        public String getAsString(Object value) {
            return value instanceof String ? (String) value : super.getAsString(value);
        }
    }

    private static final String SYSTEM = String.join("",
            "You label tickets for {{ company }}.\n",
            "{% for ex in examples %}Example {{ loop.index }}: {{ ex.ticket }} -> {{ ex.output }}\n",
            "{% endfor %}");

    private static final String USER = "{% if priority %}[{{ priority | upper }}] {% endif %}{% if vip %}(vip: {{ vip }}) {% endif %}{{ ticket }}\n";

    /** The few-shot examples, as Promptsmith passes them to the template. */
    private static final String EXAMPLES_JSON = "[{\"ticket\":\"Charged twice, it's \\\"odd\\\"\",\"id\":\"ex-1\",\"vars\":{\"ticket\":\"Charged twice, it's \\\"odd\\\"\"},\"output\":\"billing\",\"tags\":[\"b\"]},{\"ticket\":\"E42 `error` ${x}\",\"id\":\"ex-2\",\"vars\":{\"ticket\":\"E42 `error` ${x}\"},\"output\":\"technical\",\"tags\":[]}]";
    private static final List<Object> EXAMPLES = readExamples();

    private JinjaTriage() {
    }

    public static String jinjaTriage(Object company, Object priority, Object vip, Object ticket) throws IOException {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("company", company);
        context.put("priority", priority);
        context.put("vip", vip);
        context.put("ticket", ticket);
        context.put("examples", EXAMPLES);
        String system = JINJA.render(SYSTEM, context);
        String user = JINJA.render(USER, context);
        ObjectNode body = JSON.createObjectNode();
        body.put("model", "gpt-4o-mini");
        ArrayNode messages = body.putArray("messages");
        if (!system.isBlank()) {
            messages.addObject()
                    .put("role", "system")
                    .put("content", system);
        }
        messages.addObject()
                .put("role", "user")
                .put("content", user);
        body.put("temperature", 0.0);
        body.put("max_tokens", 20);
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
            return answer.path("choices").path(0).path("message").path("content").asText();
        }
    }

    private static List<Object> readExamples() {
        try {
            return JSON.readValue(EXAMPLES_JSON, new TypeReference<List<Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
