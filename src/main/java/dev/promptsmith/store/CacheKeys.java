package dev.promptsmith.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.provider.ChatRequest;

/**
 * Keys of the response cache: the SHA-256 of a canonical JSON of everything that shapes a
 * response. The timeout is left out (it limits a call, it does not change the answer); the repeat
 * index is in, so repeats of a cell stay independent samples instead of one cached answer.
 */
public final class CacheKeys {

    /** Raised when the key's composition changes, so old entries simply stop matching. */
    private static final int KEY_VERSION = 1;

    private CacheKeys() {
    }

    public static String of(String providerId, ChatRequest request, int repeat) {
        return CanonicalJson.sha256(json(providerId, request, repeat));
    }

    /** The text hashed into the key; parameters and messages are mapped whole, so a field added later counts. */
    static String json(String providerId, ChatRequest request, int repeat) {
        ObjectNode key = CanonicalJson.MAPPER.createObjectNode();
        key.put("v", KEY_VERSION);
        key.put("provider", providerId);
        key.put("model", request.model());
        key.set("params", CanonicalJson.MAPPER.valueToTree(request.params()));
        key.set("messages", CanonicalJson.MAPPER.valueToTree(request.messages()));
        key.set("responseFormat", CanonicalJson.MAPPER.valueToTree(request.responseFormat()));
        key.put("repeat", repeat);
        return CanonicalJson.write(key);
    }
}
