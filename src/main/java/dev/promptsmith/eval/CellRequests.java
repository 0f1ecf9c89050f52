package dev.promptsmith.eval;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ResponseFormat;
import java.time.Duration;
import java.util.List;

/**
 * The chat request of one cell, built from the rendered messages exactly as a run sends it. Shared by
 * {@link RunService} and the code exporters, so an exported call can never drift from a run's.
 */
public final class CellRequests {

    private CellRequests() {
    }

    /**
     * The request for {@code prompt} on {@code model}: the prompt's params over the model's, JSON output
     * when the prompt asks for it, and the project's per-call timeout.
     */
    public static ChatRequest build(Project project, PromptVariant prompt, ModelRef model, List<ChatMessage> messages) {
        return new ChatRequest(model.model(), messages, prompt.params().overriding(model.params()),
                responseFormat(project, prompt), Duration.ofSeconds(project.settings().defaults().timeoutSeconds()));
    }

    /** JSON output for prompts that ask for it, with the project's schema when the prompt names one. */
    public static ResponseFormat responseFormat(Project project, PromptVariant prompt) {
        if (prompt.output().format() != OutputFormat.JSON) {
            return null;
        }
        String path = prompt.output().schema();
        if (path == null) {
            return ResponseFormat.anyJson();
        }
        String stem = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.json$", "");
        return new ResponseFormat(stem, project.schema(path).orElse(null));
    }
}
