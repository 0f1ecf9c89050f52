package dev.promptsmith.export.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an SDK export computes, in no language yet: the prompt's texts as templates, its variables,
 * and the request body the app's own wire format writes for it, in which each rendered text is a
 * {@link TemplatePart#marker() marker}. Every language writer turns the same plan into code, so
 * parameters, few-shot turns and structured output come out the same in each.
 *
 * @param variables the function's parameters: every variable the parts read, in order of first use
 * @param examples the {@code examples} variable, when a Jinja part may read it; else null
 * @param body the non-streaming request body, markers in place of rendered text
 * @param path what follows the base URL, e.g. {@code /chat/completions}
 * @param headers the request's headers, the key as {@code keyStandIn}
 */
record CallPlan(CodeExportRequest export, WireApi wire, List<TemplatePart> parts, List<String> variables,
                JsonNode examples, ObjectNode body, String baseUrl, String path, Map<String, String> headers,
                String keyStandIn) {

    CallPlan {
        parts = List.copyOf(parts);
        variables = List.copyOf(variables);
        headers = Map.copyOf(headers);
    }

    /**
     * Azure OpenAI's API version when the provider is an Azure deployment (it has one), else null.
     * The OpenAI SDKs then need their Azure client, which adds {@code ?api-version=} and sends the
     * key in the {@code api-key} header, as the app does.
     */
    String azureApiVersion() {
        return wire == WireApi.OPENAI_CHAT
                ? export.provider().options().get(dev.promptsmith.provider.openai.OpenAiEndpointOptions.API_VERSION)
                : null;
    }

    boolean usesJinja() {
        return parts.stream().anyMatch(p -> p.kind() == TemplatePart.Kind.JINJA);
    }

    /** Whether the answer is JSON (structured output) rather than text. */
    boolean jsonOutput() {
        return body.has("response_format") || body.has("tool_choice");
    }

    /** The Anthropic answer tool wraps a non-object schema as {@code {"value": …}} (see the wire format). */
    boolean answerWrapped() {
        return body.path("tool_choice").path("name").asText("").endsWith("_json_value");
    }

    Optional<TemplatePart> partWithMarker(String marker) {
        return parts.stream().filter(p -> p.marker().equals(marker)).findFirst();
    }

    /** The part that is left out of the request when it renders blank, if any. */
    Optional<TemplatePart> droppable() {
        return parts.stream().filter(TemplatePart::dropWhenBlank).findFirst();
    }
}
