package dev.promptsmith.compare.diff;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model output read as JSON: the whole text, or the inside of one Markdown code fence around it
 * (models often wrap JSON in ```json … ```). Numbers are kept exactly as written (1.10 stays 1.10),
 * so pretty-printing never changes a value and comparison is by numeric value.
 *
 * @param node the value, or null when the text is not JSON
 * @param problem why it is not JSON, in words; null when it is
 */
record JsonOutput(JsonNode node, String problem) {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final Pattern FENCE = Pattern.compile("\\A```[A-Za-z0-9_-]*[ \\t]*\\R(.*?)\\R?```\\z", Pattern.DOTALL);

    static JsonOutput parse(String text) {
        String body = unfenced(text.strip());
        if (body.isBlank()) {
            return new JsonOutput(null, "it is empty");
        }
        try {
            return new JsonOutput(MAPPER.readTree(body), null);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new JsonOutput(null, firstLine(e.getOriginalMessage()) + where);
        }
    }

    boolean ok() {
        return node != null;
    }

    private static String unfenced(String text) {
        Matcher fence = FENCE.matcher(text);
        return fence.matches() ? fence.group(1) : text;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
