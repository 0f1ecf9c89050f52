package dev.promptsmith.provider.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.provider.ResponseFormat;
import java.io.UncheckedIOException;

/**
 * The forced tool that carries a structured answer: the Messages API has no {@code response_format},
 * so a JSON request sends one tool whose {@code input_schema} is the wanted schema and forces it with
 * {@code tool_choice: {"type":"tool"}}; the answer is that tool's {@code input} (reference §1.3).
 *
 * <p>The tool's name is the format's name plus {@code _json}, or {@code _json_value} when the schema
 * was wrapped (see {@link AnswerSchema}). The response echoes the name, and the decoders, which never
 * see the request, read it to tell this tool from any other and to know whether to unwrap
 * {@code value}. Neither suffix ends the other, so every name says one thing.
 */
final class AnswerTool {

    static final String DESCRIPTION = "Respond with the requested JSON object.";

    private static final String SUFFIX = "_json";
    private static final String WRAPPED_SUFFIX = "_json_value";
    /** Older API versions and Bedrock allow tool names of at most 64 characters. */
    private static final int MAX_NAME = 64;

    private final String name;
    private final ObjectNode inputSchema;

    private AnswerTool(String name, ObjectNode inputSchema) {
        this.name = name;
        this.inputSchema = inputSchema;
    }

    /** The tool for {@code format}; its schema text is parsed with {@code mapper}. */
    static AnswerTool of(ObjectMapper mapper, ResponseFormat format) {
        AnswerSchema schema = AnswerSchema.of(mapper, format);
        String suffix = schema.wrapped() ? WRAPPED_SUFFIX : SUFFIX;
        String base = format.name();
        if (base.length() > MAX_NAME - suffix.length()) {
            base = base.substring(0, MAX_NAME - suffix.length());
        }
        return new AnswerTool(base + suffix, schema.tree());
    }

    /** Adds {@code tools} and {@code tool_choice} to a request body. */
    void writeTo(ObjectNode body) {
        ObjectNode tool = body.putArray("tools").addObject();
        tool.put("name", name);
        tool.put("description", DESCRIPTION);
        tool.set("input_schema", inputSchema);
        body.putObject("tool_choice").put("type", "tool").put("name", name);
    }

    /** Whether a {@code tool_use} block of this name carries the answer. */
    static boolean isAnswer(String toolName) {
        return toolName != null && (toolName.endsWith(SUFFIX) || toolName.endsWith(WRAPPED_SUFFIX));
    }

    /** Whether the answer tool of this name had its schema wrapped in {@code {"value": …}}. */
    static boolean isWrapped(String toolName) {
        return toolName != null && toolName.endsWith(WRAPPED_SUFFIX);
    }

    /**
     * The answer as compact JSON text: the tool's {@code input}, or its {@code value} when the schema
     * was wrapped. An input without {@code value} (the model ignored the schema) is given whole, so
     * the assertions see what came rather than nothing.
     */
    static String answerText(ObjectMapper mapper, JsonNode input, boolean wrapped) {
        JsonNode answer = wrapped && input.has(AnswerSchema.WRAPPER_PROPERTY)
                ? input.get(AnswerSchema.WRAPPER_PROPERTY) : input;
        if (answer.isMissingNode()) {
            return "";
        }
        try {
            return mapper.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            // A tree Jackson just read always writes back; failing here is a bug, not a provider fault.
            throw new UncheckedIOException(e);
        }
    }
}
