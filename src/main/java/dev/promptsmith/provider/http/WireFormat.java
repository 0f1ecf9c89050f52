package dev.promptsmith.provider.http;

import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ProviderError;
import java.util.List;
import java.util.Map;

/**
 * One provider API's wire format: how a request is written and how responses, streams and errors
 * are read. Pure translation with no I/O; {@link HttpTransport} does the calling, retrying and
 * timing for every format alike.
 */
public interface WireFormat {

    /** The request for one chat call against {@code endpoint}. */
    HttpRequestSpec chatRequest(Endpoint endpoint, ChatRequest request, boolean stream);

    Framing framing();

    StreamDecoder newStreamDecoder();

    /** Reads a complete (non-streaming) 2xx response body. */
    DecodedResponse decodeResponse(String body) throws MalformedResponseException;

    /**
     * Turns a non-2xx response into an error: kind, the provider's message, whether to retry, and
     * any wait the body asks for (e.g. Gemini's {@code RetryInfo.retryDelay}) in {@link ErrorReport}.
     * Header-based waits (retry-after) are read by the transport.
     */
    ErrorReport classifyError(int status, Map<String, List<String>> headers, String body);

    /** The request that lists the models the endpoint offers, or null when the API has none. */
    HttpRequestSpec modelsRequest(Endpoint endpoint);

    /** Model names from the body of {@link #modelsRequest}'s response. */
    List<String> decodeModels(String body) throws MalformedResponseException;

    /** A classified error plus a wait the body asked for, in milliseconds, or -1 for none. */
    record ErrorReport(ProviderError error, long retryAfterMillis) {
    }
}
