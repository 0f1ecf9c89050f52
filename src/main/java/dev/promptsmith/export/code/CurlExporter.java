package dev.promptsmith.export.code;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A bash script that sends, with curl, the very request the app sends for the export's variable
 * values: same URL, headers and JSON body, written by the app's own wire format. The key comes from
 * the environment; the body is one single-quoted word, so nothing in the prompt can break out of it.
 */
public final class CurlExporter implements CodeExporter {

    private final AppRequestBuilder requests;
    /** Keeps numbers exactly as written (a schema's {@code 1.10} stays {@code 1.10}). */
    private final ObjectMapper mapper = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    CurlExporter(AppRequestBuilder requests) {
        this.requests = requests;
    }

    @Override
    public String id() {
        return "curl";
    }

    @Override
    public String displayName() {
        return "curl (bash)";
    }

    @Override
    public Set<WireApi> wireApis() {
        return EnumSet.allOf(WireApi.class);
    }

    @Override
    public CodeExportResult export(CodeExportRequest request) {
        String keyVariable = request.keyVariable();
        if (keyVariable != null && !ShellQuoting.isVariableName(keyVariable)) {
            return CodeExportResult.failed(List.of(PromptProblems.of(request.prompt(), "the key variable '"
                    + keyVariable + "' of provider '" + request.provider().id() + "' is not a valid environment variable name")));
        }
        AppRequestBuilder.Built built = requests.forVars(request, request.stream());
        if (!built.ok()) {
            return CodeExportResult.failed(built.problems());
        }
        String script = new CurlScript(request, keyVariable, built.keyStandIn())
                .write(built.baseUrl(), built.path(), headers(built), prettyBody(built.spec().jsonBody()));
        return CodeExportResult.of(new ExportedCode(FileNames.snake(request.prompt().name()) + ".sh", script));
    }

    /** Header names in a stable order, with a JSON content type when the format leaves it to the transport. */
    private static Map<String, String> headers(AppRequestBuilder.Built built) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(built.spec().headers());
        if (!headers.containsKey("content-type")) {
            headers.put("Content-Type", "application/json");
        }
        return headers;
    }

    private String prettyBody(String json) {
        try {
            JsonNode tree = mapper.readTree(json);
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            // The app's own writer produced it; unreadable JSON here is a bug, not user input.
            throw new UncheckedIOException(e);
        }
    }
}
