package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.RunDefaults;
import dev.promptsmith.model.TestCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what an importer reads, then becomes an {@link ImportResult}. */
final class ImportBuilder {

    final List<PromptVariant> prompts = new ArrayList<>();
    final List<ModelRef> models = new ArrayList<>();
    final Map<String, Object> sampleVars = new LinkedHashMap<>();
    final List<Example> examples = new ArrayList<>();
    final List<TestCase> tests = new ArrayList<>();
    final List<Assertion> defaultAssert = new ArrayList<>();
    final Map<String, String> schemas = new LinkedHashMap<>();
    String judge;
    RunDefaults runDefaults;

    private final String file;
    private final String format;
    private final ProblemList problems;

    ImportBuilder(String file, String format, ProblemList problems) {
        this.file = file;
        this.format = format;
        this.problems = problems;
    }

    ProblemList problems() {
        return problems;
    }

    /**
     * Adds a model unless the same one is there: same provider and model name, and the same parameters
     * or none (a bare reference such as a grader id means that model). Returns the one kept.
     */
    ModelRef addModel(ModelRef model) {
        for (ModelRef existing : models) {
            if (existing.provider().equals(model.provider()) && existing.model().equals(model.model())
                    && (existing.params().equals(model.params()) || model.params().equals(ModelParams.NONE))) {
                return existing;
            }
        }
        String id = model.id();
        for (int n = 2; hasModelId(id); n++) {
            id = model.id() + "-" + n;
        }
        ModelRef kept = new ModelRef(id, model.provider(), model.model(), model.params());
        models.add(kept);
        return kept;
    }

    ImportResult build() {
        return new ImportResult(file, format, prompts, models, sampleVars, examples, tests, defaultAssert, judge,
                runDefaults, schemas, problems.list());
    }

    private boolean hasModelId(String id) {
        return models.stream().anyMatch(m -> m.id().equals(id));
    }
}
