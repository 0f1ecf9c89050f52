package dev.promptsmith.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads each JTokkit encoding on first use (0.35–0.6 s each) and keeps it. Concurrent first uses
 * of one encoding wait for a single load instead of loading it twice.
 */
final class EncodingCache {

    private final Map<EncodingType, Encoding> loaded = new ConcurrentHashMap<>();
    private volatile EncodingRegistry registry;

    Encoding get(EncodingType type) {
        return loaded.computeIfAbsent(type, t -> registry().getEncoding(t));
    }

    int loadedCount() {
        return loaded.size();
    }

    private EncodingRegistry registry() {
        EncodingRegistry r = registry;
        if (r == null) {
            synchronized (this) {
                r = registry;
                if (r == null) {
                    r = Encodings.newLazyEncodingRegistry();
                    registry = r;
                }
            }
        }
        return r;
    }
}
