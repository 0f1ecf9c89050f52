package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.RunDefaults;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.ExampleBindings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a promptfoo configuration that promptfoo runs as it is: {@code promptfooconfig.yaml} with the
 * prompt (a chat JSON file next to it, which promptfoo renders string by string with Nunjucks), one
 * provider per model, the test cases with their assertions under promptfoo's names, the project's
 * default assertions and judge in {@code defaultTest}, and the run settings; JSON Schemas the
 * assertions name are copied next to it.
 */
final class PromptfooExporter implements PromptFileExporter {

    static final String CONFIG = "promptfooconfig.yaml";

    private final PortablePrompts prompts;
    private final PromptfooProviders providers;
    private final PromptfooAssertionExport assertions = new PromptfooAssertionExport();

    PromptfooExporter(PortablePrompts prompts, ProviderNames names) {
        this.prompts = prompts;
        this.providers = new PromptfooProviders(names);
    }

    @Override
    public ExportResult export(ExportRequest request) {
        ProblemList problems = ProblemList.forPrompt(request.prompt());
        PortablePrompt p = prompts.resolve(request, problems);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(CONFIG, "");
        String promptFile = "prompts/" + p.name() + ".json";
        files.put(promptFile, JsonOutput.write(ChatMessages.of(p)));
        NunjucksCheck.check(p, problems);
        if (p.variant().output().extract() != null) {
            problems.warning(0, "output.extract is not carried: promptfoo scores the whole reply, so assertions written"
                    + " for the extracted answer may fail");
        }
        PromptfooTestWriter tests = new PromptfooTestWriter(request.project(), assertions, files, problems);
        List<Map<String, Object>> testList = new ArrayList<>();
        for (TestCase test : PortablePrompts.tests(request.project(), request.options().testSplit())) {
            testList.add(tests.test(test));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("description", p.projectName() + ": " + p.name());
        Map<String, Object> promptEntry = new LinkedHashMap<>();
        promptEntry.put("id", "file://" + promptFile);
        promptEntry.put("label", p.name());
        config.put("prompts", List.of(promptEntry));
        config.put("providers", providerEntries(request.models(), p, problems));
        Map<String, Object> defaultTest = defaultTest(request.project(), p, tests, problems);
        if (!defaultTest.isEmpty()) {
            config.put("defaultTest", defaultTest);
        }
        config.put("tests", testList);
        config.put("evaluateOptions", evaluateOptions(request.project().settings().defaults()));
        files.put(CONFIG, YamlOutput.write(config));
        return new ExportResult(files, problems.list());
    }

    private List<Map<String, Object>> providerEntries(List<ModelRef> models, PortablePrompt p, ProblemList problems) {
        ProblemList settings = problems.forFile("promptsmith.yaml");
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ModelRef model : models) {
            Optional<Map<String, Object>> entry = providers.entry(model, p, settings);
            if (entry.isPresent()) {
                entries.add(entry.get());
            } else {
                settings.warning(0, "model '" + model.id() + "' uses provider '" + model.provider()
                        + "', which has no promptfoo provider id; it is left out of the config");
            }
        }
        if (entries.isEmpty()) {
            settings.error(0, "no model could be named as a promptfoo provider; add one under providers before running"
                    + " the config");
        }
        return entries;
    }

    private Map<String, Object> defaultTest(Project project, PortablePrompt p, PromptfooTestWriter tests,
                                            ProblemList problems) {
        Map<String, Object> defaultTest = new LinkedHashMap<>();
        if (p.examples() != null) {
            defaultTest.put("vars", tests.vars(Map.of(ExampleBindings.EXAMPLES, p.examples()), "defaultTest"));
        }
        List<Map<String, Object>> asserts = tests.assertions(project.settings().defaultAssert(), null,
                problems.forFile("promptsmith.yaml"), "defaultAssert");
        if (!asserts.isEmpty()) {
            defaultTest.put("assert", asserts);
        }
        Map<String, Object> options = new LinkedHashMap<>();
        if (usesJudge(project)) {
            judge(project, problems.forFile("promptsmith.yaml")).ifPresent(id -> options.put("provider", id));
        }
        if (tests.hasListVars()) {
            options.put("disableVarExpansion", true);
        }
        if (!options.isEmpty()) {
            defaultTest.put("options", options);
        }
        return defaultTest;
    }

    private static boolean usesJudge(Project project) {
        return project.settings().defaultAssert().stream().anyMatch(PromptfooExporter::isRubric)
                || project.tests().stream().flatMap(t -> t.asserts().stream()).anyMatch(PromptfooExporter::isRubric);
    }

    private static boolean isRubric(Assertion a) {
        return a.type().endsWith("llm-rubric");
    }

    /** The judge as promptfoo's grader; promptfoo would otherwise pick its own default, which we never do silently. */
    private Optional<String> judge(Project project, ProblemList problems) {
        String judge = project.settings().judge();
        Optional<ModelRef> model = project.settings().models().stream().filter(m -> m.id().equals(judge)).findFirst();
        Optional<String> id = model.flatMap(providers::id);
        if (id.isEmpty()) {
            problems.warning(0, judge == null ? "llm-rubric assertions are exported but the project names no judge;"
                    + " promptfoo will grade them with its default provider"
                    : "the judge '" + judge + "' has no promptfoo provider id; promptfoo will grade llm-rubric"
                    + " assertions with its default provider");
        }
        return id;
    }

    private static Map<String, Object> evaluateOptions(RunDefaults defaults) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("maxConcurrency", defaults.concurrency());
        if (defaults.repeats() > 1) {
            options.put("repeat", defaults.repeats());
        }
        options.put("timeoutMs", defaults.timeoutSeconds() * 1000L);
        return options;
    }
}
