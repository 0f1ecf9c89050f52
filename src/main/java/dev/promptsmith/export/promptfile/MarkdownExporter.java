package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.FewShotSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a prompt as a Markdown document for review: model and parameters, the system prompt and
 * messages in fenced blocks, the few-shot examples as a table, and a summary of the test cases
 * (counts by split, tags, assertion types, a few examples).
 */
final class MarkdownExporter implements PromptFileExporter {

    private static final int TEST_EXAMPLES = 3;

    private final PortablePrompts prompts;
    private final FewShotSelector selector = new FewShotSelector();

    MarkdownExporter(PortablePrompts prompts) {
        this.prompts = prompts;
    }

    @Override
    public ExportResult export(ExportRequest request) {
        ProblemList problems = ProblemList.forPrompt(request.prompt());
        PortablePrompt p = prompts.resolve(request, problems);
        PromptVariant v = p.variant();
        StringBuilder md = new StringBuilder("# ").append(v.name()).append("\n\n");
        if (!v.description().isBlank()) {
            md.append(v.description().strip()).append("\n\n");
        }
        md.append(settings(p));
        String language = v.template() == TemplateSyntax.RAW ? "text" : "jinja";
        md.append("\n## System prompt\n\n")
                .append(v.system().isBlank() ? "_None._\n" : MarkdownText.fenced(v.system(), language));
        md.append("\n## Messages\n");
        for (int i = 0; i < v.messages().size(); i++) {
            MessageTemplate m = v.messages().get(i);
            md.append("\n### ").append(i + 1).append(". ").append(m.role().key()).append("\n\n")
                    .append(MarkdownText.fenced(m.content(), language));
        }
        md.append(examples(request.project(), v));
        md.append(tests(request.project(), PortablePrompts.tests(request.project(), request.options().testSplit())));
        return new ExportResult(Map.of(v.name() + ".md", md.toString()), problems.list());
    }

    private static String settings(PortablePrompt p) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Project", p.projectName()});
        rows.add(new String[] {"Model", p.model() == null ? "none chosen" : "`" + p.model().model() + "` (provider "
                + p.model().provider() + (p.model().id().equals(p.model().model()) ? "" : ", project model "
                + p.model().id()) + ")"});
        ModelParams params = p.params();
        if (params.temperature() != null) {
            rows.add(new String[] {"Temperature", YamlOutput.number(params.temperature())});
        }
        if (params.maxTokens() != null) {
            rows.add(new String[] {"Max tokens", String.valueOf(params.maxTokens())});
        }
        if (params.topP() != null) {
            rows.add(new String[] {"Top-p", YamlOutput.number(params.topP())});
        }
        if (params.stop() != null) {
            rows.add(new String[] {"Stop sequences", params.stop().stream().map(s -> "`" + s + "`")
                    .collect(Collectors.joining(", "))});
        }
        PromptVariant v = p.variant();
        rows.add(new String[] {"Template", v.template().key()});
        rows.add(new String[] {"Output", v.output().format() == OutputFormat.JSON
                ? "JSON" + (v.output().schema() == null ? "" : ", schema `" + v.output().schema() + "`") : "text"});
        if (v.output().extract() != null) {
            rows.add(new String[] {"Answer extraction", v.output().extract().type()
                    + (v.output().extract().value() == null ? "" : " `" + v.output().extract().value() + "`")});
        }
        if (!p.variables().isEmpty()) {
            rows.add(new String[] {"Variables", p.variables().stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "))});
        }
        StringBuilder table = new StringBuilder(MarkdownText.header(List.of("Setting", "Value")));
        rows.forEach(r -> table.append(MarkdownText.row(List.of(r[0], MarkdownText.cell(r[1])))));
        return table.toString();
    }

    private String examples(Project project, PromptVariant v) {
        List<Example> selected = selector.select(v.fewShot(), project.examples());
        StringBuilder md = new StringBuilder("\n## Few-shot examples\n\n");
        if (v.fewShot().mode() == FewShotMode.NONE && v.fewShot().limit() == null && v.fewShot().ids().isEmpty()) {
            return md.append("_None: the prompt sends no few-shot turns")
                    .append(project.examples().isEmpty() ? "._\n" : "; a template may still loop over `examples`._\n")
                    .toString();
        }
        md.append(selected.size()).append(selected.size() == 1 ? " example" : " examples")
                .append(v.fewShot().mode() == FewShotMode.TURNS ? ", sent as user and assistant turns before the input.\n\n"
                        : ", available to the template as `examples`.\n\n");
        md.append(MarkdownText.header(List.of("Id", "Input", "Output", "Tags")));
        for (Example e : selected) {
            md.append(MarkdownText.row(List.of(MarkdownText.cell(e.id()), MarkdownText.vars(e.vars()),
                    MarkdownText.cell(e.output()), MarkdownText.cell(String.join(", ", e.tags())))));
        }
        return md.toString();
    }

    private static String tests(Project project, List<TestCase> tests) {
        StringBuilder md = new StringBuilder("\n## Test cases\n\n");
        if (tests.isEmpty()) {
            return md.append("_None._\n").toString();
        }
        long heldout = tests.stream().filter(t -> t.split() == Split.HELDOUT).count();
        md.append(tests.size()).append(tests.size() == 1 ? " test case" : " test cases").append(": ")
                .append(tests.size() - heldout).append(" dev, ").append(heldout).append(" held out.\n\n");
        Map<String, Long> tags = new TreeMap<>(tests.stream().flatMap(t -> t.tags().stream())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting())));
        if (!tags.isEmpty()) {
            md.append("Tags: ").append(counts(tags)).append(".\n\n");
        }
        Map<String, Long> types = new TreeMap<>(tests.stream().flatMap(t -> t.asserts().stream()).map(Assertion::type)
                .collect(Collectors.groupingBy(t -> t, Collectors.counting())));
        md.append("Assertions: ").append(types.isEmpty() ? "none" : counts(types));
        List<Assertion> defaults = project.settings().defaultAssert();
        if (!defaults.isEmpty()) {
            md.append("; on every test also ").append(defaults.stream().map(a -> "`" + a.type() + "`")
                    .collect(Collectors.joining(", ")));
        }
        md.append(".\n\n### First ").append(Math.min(TEST_EXAMPLES, tests.size())).append("\n\n")
                .append(MarkdownText.header(List.of("Id", "Input", "Expected", "Assertions")));
        for (TestCase t : tests.subList(0, Math.min(TEST_EXAMPLES, tests.size()))) {
            md.append(MarkdownText.row(List.of(MarkdownText.cell(t.id()), MarkdownText.vars(t.vars()),
                    MarkdownText.cell(t.expected()), MarkdownText.cell(t.asserts().stream().map(Assertion::type)
                            .collect(Collectors.joining(", "))))));
        }
        return md.toString();
    }

    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> "`" + e.getKey() + "` (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }
}
