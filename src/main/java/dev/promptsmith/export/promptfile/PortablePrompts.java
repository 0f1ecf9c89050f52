package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.ExampleBindings;
import dev.promptsmith.template.FewShotSelector;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import dev.promptsmith.template.TemplateAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Resolves an {@link ExportRequest} into a {@link PortablePrompt}, reporting what cannot be resolved. */
final class PortablePrompts {

    /** A template tag that mentions {@code examples}: the prompt loops over the few-shot pool itself. */
    private static final Pattern USES_EXAMPLES = Pattern.compile("(?s)\\{[{%](?:(?![}%]}).)*?\\bexamples\\b");

    private final PromptRenderer renderer;
    private final TemplateAnalyzer analyzer = new TemplateAnalyzer();
    private final FewShotSelector selector = new FewShotSelector();

    PortablePrompts(PromptRenderer renderer) {
        this.renderer = renderer;
    }

    PortablePrompt resolve(ExportRequest request, ProblemList problems) {
        Project project = request.project();
        PromptVariant variant = request.prompt();
        ModelRef model = request.firstModel();
        ModelParams params = model == null ? variant.params() : variant.params().overriding(model.params());
        Optional<TestCase> sampleTest = sampleTest(project, request.options().sampleTestId(), problems);
        Map<String, Object> sample = new LinkedHashMap<>(sampleTest.map(TestCase::vars).orElse(Map.of()));
        sample.remove(ExampleBindings.EXAMPLES);
        List<Map<String, Object>> examples = usesExamples(variant)
                ? ExampleBindings.examples(selector.select(variant.fewShot(), project.examples())) : null;
        return new PortablePrompt(variant, project.settings().name(), model, params, turns(project, variant, problems),
                sample, sampleTest.map(TestCase::id).orElse(null), examples, variables(variant, sample.keySet()),
                OutputSchemas.schema(project, variant.output(), problems), OutputSchemas.name(variant.output()));
    }

    /** The tests a format that carries tests exports, by the options' split. */
    static List<TestCase> tests(Project project, Split split) {
        return project.tests().stream().filter(t -> split == null || t.split() == split).toList();
    }

    private Optional<TestCase> sampleTest(Project project, String id, ProblemList problems) {
        if (id != null) {
            Optional<TestCase> chosen = project.test(id);
            if (chosen.isEmpty()) {
                problems.forFile("tests.jsonl").error(0, "no test case has the id '" + id
                        + "'; the sample inputs are left empty");
            }
            return chosen;
        }
        return project.tests().stream().filter(t -> t.split() == Split.DEV).findFirst()
                .or(() -> project.tests().stream().findFirst());
    }

    private List<PortablePrompt.Turn> turns(Project project, PromptVariant variant, ProblemList problems) {
        boolean raw = variant.template() == TemplateSyntax.RAW;
        List<PortablePrompt.Turn> turns = new ArrayList<>();
        if (!variant.system().isBlank()) {
            turns.add(new PortablePrompt.Turn(Role.SYSTEM, variant.system(), raw, "system"));
        }
        if (variant.fewShot().mode() == FewShotMode.TURNS) {
            turns.addAll(exampleTurns(project, variant, problems));
        }
        for (int i = 0; i < variant.messages().size(); i++) {
            MessageTemplate m = variant.messages().get(i);
            turns.add(new PortablePrompt.Turn(m.role(), m.content(), raw, "messages[" + i + "]"));
        }
        return turns;
    }

    /**
     * Few-shot turns as the renderer builds them: the first user template rendered with each example's
     * vars, then the example's output. Portable formats have no few-shot pool, so they carry the turns.
     */
    private List<PortablePrompt.Turn> exampleTurns(Project project, PromptVariant variant, ProblemList problems) {
        List<Example> selected = selector.select(variant.fewShot(), project.examples());
        for (String id : selector.unknownIds(variant.fewShot(), project.examples())) {
            problems.error(0, "fewShot.ids names '" + id + "', which is not an example in examples.jsonl; it is left out");
        }
        Optional<MessageTemplate> user = variant.messages().stream().filter(m -> m.role() == Role.USER).findFirst();
        if (selected.isEmpty()) {
            return List.of();
        }
        if (user.isEmpty() || variant.template() == TemplateSyntax.RAW) {
            problems.error(0, "few-shot turns need " + (user.isEmpty() ? "a user message" : "a jinja template")
                    + " to render each example with; the examples are left out");
            return List.of();
        }
        PromptVariant userOnly = variant.withSystem("").withMessages(List.of(user.get()))
                .withFewShot(new FewShot(FewShotMode.NONE, variant.fewShot().limit(), variant.fewShot().ids()));
        List<PortablePrompt.Turn> turns = new ArrayList<>();
        for (Example example : selected) {
            RenderResult rendered = renderer.render(userOnly, example.vars(), project.examples());
            String source = "example " + example.id();
            if (!rendered.ok()) {
                problems.error(0, source + " could not be rendered (" + rendered.problems().get(0).message()
                        + "); it is left out");
                continue;
            }
            turns.add(new PortablePrompt.Turn(Role.USER, rendered.messages().get(0).content(), true, source));
            turns.add(new PortablePrompt.Turn(Role.ASSISTANT, example.output() == null ? "" : example.output(), true, source));
        }
        return turns;
    }

    private static boolean usesExamples(PromptVariant variant) {
        if (variant.template() == TemplateSyntax.RAW) {
            return false;
        }
        return USES_EXAMPLES.matcher(variant.system()).find()
                || variant.messages().stream().anyMatch(m -> USES_EXAMPLES.matcher(m.content()).find());
    }

    private List<String> variables(PromptVariant variant, Set<String> known) {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(analyzer.analyze(variant.system(), variant.template(), known).referencedVariables());
        for (MessageTemplate m : variant.messages()) {
            names.addAll(analyzer.analyze(m.content(), variant.template(), known).referencedVariables());
        }
        names.remove(ExampleBindings.EXAMPLES);
        return List.copyOf(names);
    }
}
