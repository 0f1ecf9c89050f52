package dev.promptsmith.provider.openai;

/**
 * Names and values of the {@code Endpoint} options the OpenAI wire format reads; they carry the few
 * ways OpenAI-compatible servers differ (Azure's key header and API version, Mistral's stricter body).
 */
public final class OpenAiEndpointOptions {

    /** How the key is sent: {@link #AUTH_BEARER} (the default) or {@link #AUTH_API_KEY}. */
    public static final String AUTH = "auth";
    /** {@code Authorization: Bearer KEY}. */
    public static final String AUTH_BEARER = "bearer";
    /** {@code api-key: KEY}, as Azure OpenAI wants it. */
    public static final String AUTH_API_KEY = "api-key";

    /**
     * Azure's {@code ?api-version=} on every URL. Its presence also marks a deployment URL, which
     * fixes the model, so such an endpoint offers no model list.
     */
    public static final String API_VERSION = "apiVersion";

    /**
     * {@code max_tokens} or {@code max_completion_tokens}, for when the model name does not tell
     * (an Azure deployment called "prod" may be an o3). Unset: chosen from the model name.
     */
    public static final String MAX_TOKENS_FIELD = "maxTokensField";

    /**
     * {@code "false"} leaves out {@code stream_options}; Mistral rejects the field with a 422
     * (and sends usage anyway). Default {@code "true"}.
     */
    public static final String STREAM_USAGE = "streamUsage";

    private OpenAiEndpointOptions() {
    }
}
