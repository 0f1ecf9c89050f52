package dev.promptsmith.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The one spelling of a value that content hashes are taken over: object keys sorted, null fields
 * left out (so a field added later as null keeps old hashes), no whitespace.
 */
final class CanonicalJson {

    /** Stateless once configured, so shared; tolerant of unknown fields so older stored JSON still reads. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CanonicalJson() {
    }

    /** The canonical text of any value Jackson can map (records, maps, lists, scalars). */
    static String of(Object value) {
        return write(MAPPER.valueToTree(value));
    }

    /** The canonical text of a tree. */
    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(canonical(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode sorted = MAPPER.createObjectNode();
            for (String name : names) {
                JsonNode child = node.get(name);
                if (!child.isNull()) {
                    sorted.set(name, canonical(child));
                }
            }
            return sorted;
        }
        if (node.isArray()) {
            // Array positions carry meaning, so nulls inside arrays stay.
            ArrayNode copy = MAPPER.createArrayNode();
            node.forEach(child -> copy.add(canonical(child)));
            return copy;
        }
        return node;
    }
}
