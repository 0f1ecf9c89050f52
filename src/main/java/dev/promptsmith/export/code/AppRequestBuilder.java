package dev.promptsmith.export.code;

import dev.promptsmith.eval.CellRequests;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.http.HttpRequestSpec;
import dev.promptsmith.provider.http.WireFormat;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Builds the HTTP request the app itself sends for a prompt, model and messages: the same request
 * assembly as a run ({@link CellRequests}) and the same wire format writer, so an export cannot say
 * anything the app would not. The key is a random stand-in that the exporter swaps for a reference to
 * the environment variable; the real key is never read.
 */
final class AppRequestBuilder {

    /** The app's request with the key stand-in in its headers, or the problems that prevent it. */
    record Built(HttpRequestSpec spec, String baseUrl, String keyStandIn, List<String> problems) {

        boolean ok() {
            return problems.isEmpty();
        }

        /** The URL after the base URL, e.g. {@code /chat/completions}. */
        String path() {
            return spec.url().substring(baseUrl.length());
        }
    }

    private final PromptRenderer renderer;
    private final Map<String, Supplier<WireFormat>> formats;

    AppRequestBuilder(PromptRenderer renderer, Map<String, Supplier<WireFormat>> formats) {
        this.renderer = renderer;
        this.formats = Map.copyOf(formats);
    }

    /** The request for the export's vars, rendered as a run renders a test case. */
    Built forVars(CodeExportRequest export, boolean stream) {
        RenderResult rendered = renderer.render(export.prompt(), export.vars(), export.project().examples());
        if (!rendered.ok()) {
            return failed(PromptProblems.of(export.prompt(), rendered.problems()));
        }
        return forMessages(export, rendered.messages(), stream);
    }

    /** The request for messages that are already rendered (or stand-ins for text the code renders). */
    Built forMessages(CodeExportRequest export, List<ChatMessage> messages, boolean stream) {
        Supplier<WireFormat> format = formats.get(export.provider().kind());
        if (format == null) {
            return failed(List.of(PromptProblems.of(export.prompt(), "provider '" + export.provider().id()
                    + "' speaks '" + export.provider().kind() + "', which has no request writer to export from")));
        }
        String baseUrl = export.effectiveBaseUrl();
        if (baseUrl.isBlank()) {
            return failed(List.of(PromptProblems.of(export.prompt(), "provider '" + export.provider().id()
                    + "' has no base URL: set it in Settings → Providers or give one to the export")));
        }
        String standIn = "promptsmith-key-" + UUID.randomUUID();
        Secret key = export.keyVariable() == null ? null : Secret.of(standIn);
        Endpoint endpoint = new Endpoint(baseUrl, key, Map.of(), export.provider().options());
        ChatRequest request = CellRequests.build(export.project(), export.prompt(), export.model(), messages);
        try {
            HttpRequestSpec spec = format.get().chatRequest(endpoint, request, stream);
            return new Built(spec, endpoint.baseUrl(), standIn, List.of());
        } catch (IllegalArgumentException e) {
            // A schema that is not JSON or an unknown endpoint option: the run would fail the same way.
            return failed(List.of(PromptProblems.of(export.prompt(), e.getMessage())));
        }
    }

    private static Built failed(List<String> problems) {
        return new Built(null, null, null, problems);
    }
}
