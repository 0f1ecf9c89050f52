package dev.promptsmith.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.promptsmith.model.PromptVariant;

/**
 * Content addresses of prompt variants: the SHA-256 of the variant's canonical JSON. Two variants
 * with the same hash render the same requests, so results can be compared across runs by hash.
 */
public final class PromptVersions {

    private PromptVersions() {
    }

    /** The hash that identifies {@code variant}'s content (its name included). */
    public static String hash(PromptVariant variant) {
        return CanonicalJson.sha256(json(variant));
    }

    /** The canonical JSON that {@link #hash} is taken over and the store keeps. */
    static String json(PromptVariant variant) {
        return CanonicalJson.of(variant);
    }

    static PromptVariant parse(String json) {
        try {
            return CanonicalJson.MAPPER.readValue(json, PromptVariant.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored prompt version is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
