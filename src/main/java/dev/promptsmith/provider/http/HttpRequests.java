package dev.promptsmith.provider.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/** Small OkHttp helpers: a request from a spec, and a bounded read of a body for error reports. */
final class HttpRequests {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** Enough for any error body; a proxy's endless HTML page must not fill the memory. */
    static final long MAX_BODY_BYTES = 256 * 1024;

    private HttpRequests() {
    }

    static Request build(HttpRequestSpec spec, ParsedUrls urls) {
        Request.Builder builder = new Request.Builder().url(urls.get(spec.url()));
        for (Map.Entry<String, String> header : spec.headers().entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        if (spec.jsonBody() == null) {
            builder.get();
        } else {
            builder.post(RequestBody.create(spec.jsonBody(), JSON));
        }
        return builder.build();
    }

    /** The body as text, at most {@link #MAX_BODY_BYTES} of it. */
    static String bodyText(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? "" : bodyText(body.source());
    }

    /** The source's text up to its end, at most {@link #MAX_BODY_BYTES} of it. */
    static String bodyText(BufferedSource source) throws IOException {
        source.request(MAX_BODY_BYTES);
        long size = Math.min(source.getBuffer().size(), MAX_BODY_BYTES);
        return source.getBuffer().readString(size, StandardCharsets.UTF_8);
    }
}
