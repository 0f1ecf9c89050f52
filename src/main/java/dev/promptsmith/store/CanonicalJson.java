package dev.promptsmith.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
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

    /** Never used itself, only copied: see {@link #sha256}. */
    private static final MessageDigest SHA_256 = newSha256();

    private CanonicalJson() {
    }

    /** The canonical text of any value Jackson can map (records, maps, lists, scalars). */
    static String of(Object value) {
        return write(MAPPER.valueToTree(value));
    }

    /**
     * The canonical text of a tree. Written straight from the tree in key order, not from a sorted
     * copy of it: the response cache hashes one of these for every cell of a run.
     */
    static String write(JsonNode node) {
        return written(out -> writeCanonical(out, node));
    }

    /** What {@code writing} writes, as text (compact, as {@code writeValueAsString} writes it). */
    static String written(Writing writing) {
        SegmentedStringWriter text = new SegmentedStringWriter(MAPPER.getFactory()._getBufferRecycler());
        try {
            try (JsonGenerator out = MAPPER.getFactory().createGenerator(text)) {
                writing.write(out);
            }
            return text.getAndClear();
        } catch (IOException e) {
            throw new IllegalStateException("JSON could not be written to a string", e);
        }
    }

    /** Writes JSON to a generator. */
    interface Writing {
        void write(JsonGenerator out) throws IOException;
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    static String sha256(String text) {
        try {
            // A copy of a fresh digest: looking one up by name goes through the security providers each time.
            MessageDigest digest = (MessageDigest) SHA_256.clone();
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The runtime's SHA-256 cannot be copied", e);
        }
    }

    private static void writeCanonical(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>(node.size());
                node.fieldNames().forEachRemaining(names::add);
                names.sort(null);
                out.writeStartObject();
                for (String name : names) {
                    JsonNode child = node.get(name);
                    if (!child.isNull()) {
                        out.writeFieldName(name);
                        writeCanonical(out, child);
                    }
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                // Array positions carry meaning, so nulls inside arrays stay.
                out.writeStartArray();
                for (JsonNode child : node) {
                    writeCanonical(out, child);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL, MISSING -> out.writeNull();
            // Numbers, binary and POJO nodes write themselves as a tree serializer would.
            default -> MAPPER.writeTree(out, node);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
