package dev.promptsmith.provider.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * URLs parsed once per endpoint instead of once per call: a run sends thousands of calls to the
 * same few URLs, and OkHttp's parse (host canonicalization, IDN) showed up in the engine's profile.
 * Bounded, and kept in memory only (a URL may carry a key in its query).
 */
final class ParsedUrls {

    private static final int MAX_URLS = 64;

    private final Map<String, HttpUrl> urls = new ConcurrentHashMap<>();

    /** The parsed {@code url}; throws {@link IllegalArgumentException} when it is not an http(s) URL. */
    HttpUrl get(String url) {
        HttpUrl parsed = urls.get(url);
        if (parsed == null) {
            parsed = HttpUrl.get(url);
            if (urls.size() >= MAX_URLS) {
                urls.clear();
            }
            urls.put(url, parsed);
        }
        return parsed;
    }
}
