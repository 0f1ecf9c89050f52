package dev.promptsmith.dataset;

import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.TestCase;
import java.util.List;

/** promptfoo test files in YAML; they hold test cases only. */
final class PromptfooYamlFormat implements ImportFormat {

    private final PromptfooYamlImporter importer;

    PromptfooYamlFormat(AssertionRegistry registry) {
        this.importer = new PromptfooYamlImporter(registry);
    }

    @Override
    public String name() {
        return "promptfoo YAML";
    }

    @Override
    public List<String> extensions() {
        return List.of("yaml", "yml");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ImportResult<T> read(ImportRequest<T> request) {
        if (!(request.kind() instanceof TestCaseKind)) {
            return ImportResult.unreadable(request.file(), List.of(Problem.error(request.file(), 1, 0,
                    "a promptfoo YAML file holds tests; import it into the test cases")));
        }
        // The kind is the test-case kind, so T is TestCase.
        return (ImportResult<T>) importer.importYaml(request.file(), request.text(), request.options());
    }
}
