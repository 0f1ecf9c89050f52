package dev.promptsmith.store;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ResponseFormat;
import java.io.IOException;

/**
 * Keys of the response cache: the SHA-256 of a canonical JSON of everything that shapes a
 * response. The timeout is left out (it limits a call, it does not change the answer); the repeat
 * index is in, so repeats of a cell stay independent samples instead of one cached answer.
 *
 * <p>The JSON is written field by field, in the canonical order (keys sorted, nulls left out),
 * because every cell of a run computes one and mapping the records through a tree cost a tenth of
 * the engine's time per call. {@code CacheKeysTest} checks it against the generic canonical form
 * of the same request and fails when a record gains a component this writer does not know.
 */
public final class CacheKeys {

    /** Raised when the key's composition changes, so old entries simply stop matching. */
    private static final int KEY_VERSION = 1;

    private CacheKeys() {
    }

    public static String of(String providerId, ChatRequest request, int repeat) {
        return CanonicalJson.sha256(json(providerId, request, repeat));
    }

    /** The text hashed into the key. */
    static String json(String providerId, ChatRequest request, int repeat) {
        return CanonicalJson.written(out -> {
            out.writeStartObject();
            out.writeArrayFieldStart("messages");
            for (ChatMessage message : request.messages()) {
                writeMessage(out, message);
            }
            out.writeEndArray();
            writeString(out, "model", request.model());
            writeParams(out, request.params());
            writeString(out, "provider", providerId);
            out.writeNumberField("repeat", repeat);
            writeResponseFormat(out, request.responseFormat());
            out.writeNumberField("v", KEY_VERSION);
            out.writeEndObject();
        });
    }

    private static void writeMessage(JsonGenerator out, ChatMessage message) throws IOException {
        out.writeStartObject();
        writeString(out, "content", message.content());
        writeString(out, "role", message.role() == null ? null : message.role().name());
        out.writeEndObject();
    }

    private static void writeParams(JsonGenerator out, ModelParams params) throws IOException {
        out.writeObjectFieldStart("params");
        if (params.maxTokens() != null) {
            out.writeNumberField("maxTokens", params.maxTokens());
        }
        if (params.stop() != null) {
            out.writeArrayFieldStart("stop");
            for (String stop : params.stop()) {
                out.writeString(stop);
            }
            out.writeEndArray();
        }
        if (params.temperature() != null) {
            out.writeNumberField("temperature", params.temperature());
        }
        if (params.topP() != null) {
            out.writeNumberField("topP", params.topP());
        }
        out.writeEndObject();
    }

    private static void writeResponseFormat(JsonGenerator out, ResponseFormat format) throws IOException {
        if (format == null) {
            return;
        }
        out.writeObjectFieldStart("responseFormat");
        writeString(out, "name", format.name());
        writeString(out, "schema", format.schema());
        out.writeEndObject();
    }

    private static void writeString(JsonGenerator out, String field, String value) throws IOException {
        if (value != null) {
            out.writeStringField(field, value);
        }
    }
}
