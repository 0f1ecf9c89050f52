package dev.promptsmith.export.code;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.project.LoadedProject;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.provider.config.BuiltInProviders;
import dev.promptsmith.provider.config.ProviderEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The sample support-triage project and hand-built prompts full of hostile text, for export tests. */
final class ExportFixtures {

    /** Everything a shell, a string literal or a template engine might trip over. */
    static final String HOSTILE = "It's \"broken\" $(rm -rf ~) `whoami` ${HOME} $HOME \\n \\ %s %d {} {{ not }} {x}\n"
            + "second line\r\nthird\ttab 'single' '\\'' \u00e9\u00e8 \u4e2d\u6587 \ud83d\ude00 \u2028 */ # \u0007 !! EOF";

    /** {@link #HOSTILE} minus Jinja's own delimiters, for template text that must still render. */
    static final String HOSTILE_TEXT = HOSTILE.replace("{{ not }} ", "");


    static final Path SUPPORT_TRIAGE = Path.of("sample-projects", "support-triage");

    private ExportFixtures() {
    }

    static Project supportTriage() {
        LoadedProject loaded = new ProjectLoader().load(SUPPORT_TRIAGE);
        if (!loaded.problems().isEmpty()) {
            throw new IllegalStateException("The sample project has problems: " + loaded.problems());
        }
        return loaded.project();
    }

    static ProviderEntry entry(String id) {
        return BuiltInProviders.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    static ModelRef model(Project project, String id) {
        return project.settings().models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    static CodeExportRequest sample(String prompt, String modelId, String provider, String testId) {
        Project project = supportTriage();
        return new CodeExportRequest(project, project.prompt(prompt).orElseThrow(), model(project, modelId),
                entry(provider), project.test(testId).orElseThrow().vars());
    }

    /** A project whose prompt, examples and schema carry hostile text, asking for JSON with a schema. */
    static Project hostileProject(TemplateSyntax syntax, String system, String user) {
        String schema = "{\"type\":\"object\",\"properties\":{\"label\":{\"type\":\"string\",\"description\":"
                + "\"it's $(x) `y`\"},\"score\":{\"type\":\"number\",\"maximum\":1.10}},\"required\":[\"label\"]}";
        PromptVariant prompt = new PromptVariant("hostile's prompt", "", syntax, system,
                List.of(new MessageTemplate(Role.USER, user)), new FewShot(FewShotMode.TURNS, 1, List.of()),
                new OutputSpec(OutputFormat.JSON, "schemas/answer.json"),
                new ModelParams(0.25, 77, 0.9, List.of("END'", "$(stop)")));
        Example example = new Example("ex-'1'", Map.of("ticket", HOSTILE), "{\"label\":\"" + "it's `odd`\"}",
                List.of(), null);
        return new Project(Project.empty("hostile").settings(), List.of(prompt), List.of(example), List.of(),
                Map.of("schemas/answer.json", schema));
    }

    static CodeExportRequest hostile(String provider, String model) {
        Project project = hostileProject(TemplateSyntax.JINJA, "Rules: " + HOSTILE_TEXT + "\nAnswer in JSON.",
                "<ticket>\n{{ ticket }}\n</ticket>\n");
        return new CodeExportRequest(project, project.prompts().get(0),
                new ModelRef("m", provider, model, new ModelParams(1.0, null, null, null)), entry(provider),
                Map.of("ticket", HOSTILE + " (the input)"));
    }

    /** A prompt with Jinja control flow: a loop over the examples, a condition, a filter, a system prompt with a variable. */
    static CodeExportRequest jinja(String provider, String model) {
        PromptVariant prompt = new PromptVariant("jinja-triage", "", TemplateSyntax.JINJA,
                "You label tickets for {{ company }}.\n{% for ex in examples %}Example {{ loop.index }}: "
                        + "{{ ex.ticket }} -> {{ ex.output }}\n{% endfor %}",
                List.of(new MessageTemplate(Role.USER, "{% if priority %}[{{ priority | upper }}] {% endif %}"
                        + "{% if vip %}(vip: {{ vip }}) {% endif %}{{ ticket }}\n")),
                new FewShot(FewShotMode.NONE, 2, List.of()), OutputSpec.TEXT, new ModelParams(0.0, 20, null, null));
        List<Example> examples = List.of(
                new Example("ex-1", Map.of("ticket", "Charged twice, it's \"odd\""), "billing", List.of("b"), null),
                new Example("ex-2", Map.of("ticket", "E42 `error` ${x}"), "technical", List.of(), null),
                new Example("ex-3", Map.of("ticket", "not shown"), "other", List.of(), null));
        Project project = new Project(Project.empty("jinja").settings(), List.of(prompt), examples, List.of());
        Map<String, Object> vars = new java.util.LinkedHashMap<>();
        vars.put("company", "Hearthly's \"best\" {shop}");
        vars.put("priority", "high");
        vars.put("vip", true);
        vars.put("ticket", HOSTILE);
        return new CodeExportRequest(project, prompt, new ModelRef("m", provider, model, null), entry(provider), vars);
    }

    /** Variables named like keywords and like the generated code's own locals, in a system prompt that may render blank. */
    static CodeExportRequest keywords(String provider, String model) {
        PromptVariant prompt = new PromptVariant("class", "", TemplateSyntax.JINJA, "{{ system }}",
                List.of(new MessageTemplate(Role.USER, "{{ class }}|{{ from }}|{{ response }}|{{ user }}|{{ await }}|{{ body }}")),
                null, OutputSpec.TEXT, null);
        Project project = new Project(Project.empty("keywords").settings(), List.of(prompt), List.of(), List.of());
        Map<String, Object> vars = new java.util.LinkedHashMap<>();
        vars.put("system", "  \n ");
        for (String name : List.of("class", "from", "response", "user", "await", "body")) {
            vars.put(name, name + "'s value");
        }
        return new CodeExportRequest(project, prompt, new ModelRef("m", provider, model, null), entry(provider), vars);
    }
}
