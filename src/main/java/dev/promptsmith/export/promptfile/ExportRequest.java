package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import java.util.List;
import java.util.Objects;

/**
 * What to export: one prompt variant of a project, for the given models.
 *
 * @param models the models to name in the export, in order; empty when none was chosen and the project
 *               has none besides the offline echo model. Single-model formats use the first one.
 */
public record ExportRequest(Project project, PromptVariant prompt, List<ModelRef> models, ExportOptions options) {

    public ExportRequest {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(prompt, "prompt");
        models = models == null ? List.of() : List.copyOf(models);
        options = options == null ? ExportOptions.DEFAULTS : options;
    }

    /** The model a single-model format names, or null. */
    public ModelRef firstModel() {
        return models.isEmpty() ? null : models.get(0);
    }
}
