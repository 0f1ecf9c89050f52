package dev.promptsmith.provider.openai;

/**
 * Names and values of the {@code Endpoint} options the OpenAI wire format reads; they carry the few
 * ways OpenAI-compatible servers differ (Azure's key header and API version, Mistral's stricter body,
 * LM Studio's JSON mode).
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

    /**
     * {@code "true"} sends a schema with {@code json_schema.strict: true}. Off by default: strict mode
     * takes only a subset of JSON Schema (every property required, {@code additionalProperties: false}),
     * which users' schemas often are not in, and OpenAI refuses such a schema with a 400.
     */
    public static final String STRICT_SCHEMA = "strictSchema";

    /**
     * How "any JSON object" (JSON output without a schema) is asked for: {@link #ANY_JSON_OBJECT}
     * (the default) or {@link #ANY_JSON_SCHEMA}.
     */
    public static final String ANY_JSON = "anyJson";
    /**
     * {@code response_format: {"type":"json_object"}}, OpenAI's JSON mode. OpenAI refuses it with a 400
     * unless the word "JSON" appears in the messages; the prompt is sent as written all the same.
     */
    public static final String ANY_JSON_OBJECT = "json_object";
    /**
     * A {@code json_schema} whose schema is {@code {"type":"object"}}, which means the same; for LM
     * Studio, which answers {@code json_object} with a 400 "'response_format.type' must be
     * 'json_schema' or 'text'" (lmstudio-ai/lmstudio-bug-tracker#189).
     */
    public static final String ANY_JSON_SCHEMA = "json_schema";

    private OpenAiEndpointOptions() {
    }
}
