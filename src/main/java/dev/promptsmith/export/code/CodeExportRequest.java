package dev.promptsmith.export.code;

import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.provider.config.ProviderEntry;
import java.util.Map;

/**
 * What to export: one prompt variant on one model, reached through the model's provider entry.
 *
 * @param vars the variable values a concrete request (curl) is rendered with; code that takes the
 *             variables as parameters ignores them
 * @param baseUrl the address written into the code as its default, or null for the entry's own; the
 *                code still lets {@link CodeExporter#BASE_URL_VARIABLE} override it when it runs
 * @param stream whether a concrete request streams, as the app's calls do (the default); SDK code
 *               always asks for a whole answer
 */
public record CodeExportRequest(Project project, PromptVariant prompt, ModelRef model, ProviderEntry provider,
                                Map<String, Object> vars, String baseUrl, boolean stream) {

    public CodeExportRequest {
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
    }

    /** A request with the entry's base URL that streams as the app does. */
    public CodeExportRequest(Project project, PromptVariant prompt, ModelRef model, ProviderEntry provider,
                             Map<String, Object> vars) {
        this(project, prompt, model, provider, vars, null, true);
    }

    /** The base URL the code uses by default. */
    public String effectiveBaseUrl() {
        String url = baseUrl != null && !baseUrl.isBlank() ? baseUrl.strip() : provider.baseUrl();
        return url == null ? "" : url;
    }

    /** The environment variable the key is read from, or null for a server that takes none. */
    public String keyVariable() {
        return provider.keyEnv().isEmpty() ? null : provider.keyEnv().get(0);
    }

    public CodeExportRequest withBaseUrl(String url) {
        return new CodeExportRequest(project, prompt, model, provider, vars, url, stream);
    }

    public CodeExportRequest withStream(boolean value) {
        return new CodeExportRequest(project, prompt, model, provider, vars, baseUrl, value);
    }
}
