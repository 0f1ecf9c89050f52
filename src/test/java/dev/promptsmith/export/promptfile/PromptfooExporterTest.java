package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.model.TestCase;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptfooExporterTest {

    @Test
    void chainOfThoughtTriageWithCaseInsensitiveRegexes() {
        ExportResult result = Samples.FORMATS.export("promptfoo", Samples.load("support-triage"), "triage-cot", null,
                ExportOptions.DEFAULTS);

        assertThat(result.files()).containsOnlyKeys("promptfooconfig.yaml", "prompts/triage-cot.json");
        assertThat(result.problems()).extracting(Problem::message)
                .containsExactly("output.extract is not carried: promptfoo scores the whole reply, so assertions written"
                        + " for the extracted answer may fail", "test t-001 (and others like it): label is exported as a"
                        + " case-insensitive containment check; promptfoo has no label type, so an answer that merely"
                        + " mentions the label passes too");
        Golden.assertMatches("support-triage/promptfoo-triage-cot", result.files());
    }

    @Test
    void invoiceExtractionCopiesItsSchemaForAjvAndTurnsFieldChecksIntoSchemas() {
        ExportResult result = Samples.FORMATS.export("promptfoo", Samples.load("invoice-extraction"), "extract-basic", null,
                ExportOptions.DEFAULTS);

        assertThat(result.files()).containsOnlyKeys("promptfooconfig.yaml", "prompts/extract-basic.json",
                "schemas/invoice.json");
        assertThat(result.files().get("schemas/invoice.json")).doesNotContain("$schema").contains("\"title\": \"Invoice\"");
        assertThat(result.problems()).extracting(Problem::file, Problem::severity).containsExactly(
                tuple("schemas/invoice.json", Problem.Severity.WARNING),
                tuple("promptsmith.yaml", Problem.Severity.WARNING),
                tuple("promptsmith.yaml", Problem.Severity.WARNING),
                tuple("promptsmith.yaml", Problem.Severity.WARNING));
        Golden.assertMatches("invoice-extraction/promptfoo-extract-basic", result.files());
    }

    @Test
    void groundedQaNamesTheJudgeAsGrader() {
        ExportResult result = Samples.FORMATS.export("promptfoo", Samples.load("context-qa"), "qa-grounded", "gpt-4o-mini",
                ExportOptions.DEFAULTS);

        assertThat(result.problems()).isEmpty();
        assertThat(result.files().get("promptfooconfig.yaml")).contains("  options:\n    provider: openai:chat:gpt-4o-mini\n");
        Golden.assertMatches("context-qa/promptfoo-qa-grounded", result.files());
    }

    @Test
    void assertionsPromptfooCannotRunDeclarativelyAreListedNeverTurnedIntoJavascript() {
        TestCase test = test("t-1", "billing",
                new Assertion("json-path", Map.of("path", "$.label", "equals", "billing"), null, null),
                new Assertion("length", Map.of("max", 20), null, null),
                new Assertion("sentiment", "positive", null, null),
                new Assertion("regex", "\\Abilling\\z", null, null));

        ExportResult result = export(List.of(test), List.of(openAi()), List.of());

        assertThat(result.problems()).extracting(Problem::severity, Problem::file).containsOnly(
                tuple(Problem.Severity.ERROR, "tests.jsonl"));
        assertThat(result.problems()).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("test t-1", "'json-path'", "only a javascript one"),
                m -> assertThat(m).contains("'length'", "no length assertion"),
                m -> assertThat(m).contains("'sentiment'", "not an assertion type Promptsmith knows"),
                m -> assertThat(m).contains("'regex'", "\\A (input boundary) is Java-only"));
        assertThat(config(result)).doesNotContain("javascript").doesNotContain("assert:");
    }

    @Test
    void ourTypesMapToPromptfooNamesKeepingNegationThresholdAndWeight() {
        TestCase test = test("t-1", "billing",
                new Assertion("equals", null, 2.0, null),
                new Assertion("not-icontains", "refund", null, null),
                new Assertion("levenshtein", null, null, 3.0),
                new Assertion("label", null, null, null),
                new Assertion("contains-json", Map.of("label", "billing"), null, null),
                new Assertion("regex", "(?i)^bill", null, null));

        ExportResult result = export(List.of(test), List.of(openAi()), List.of());

        assertThat(config(result)).contains(String.join("\n",
                "    assert:",
                "      - type: equals",
                "        value: billing",
                "        weight: 2",
                "      - type: not-icontains",
                "        value: refund",
                "      - type: levenshtein",
                "        value: billing",
                "        threshold: 3",
                "      - type: icontains",
                "        value: billing",
                "        metric: promptsmith:label",
                "      - type: contains-json",
                "        value:",
                "          type: object",
                "          properties:",
                "            label:",
                "              const: billing",
                "          required: [label]",
                "      - type: regex",
                "        value: ^[bB][iI][lL][lL]",
                ""));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).contains("label is exported as a case-insensitive containment check");
        });
    }

    @Test
    void providersPromptfooDoesNotKnowAreListedAndNoneLeftIsAnError() {
        ModelRef gateway = new ModelRef("gw", "my-gateway", "house-model", ModelParams.NONE);

        ExportResult result = export(List.of(), List.of(gateway), List.of());

        assertThat(result.problems()).extracting(Problem::severity, Problem::message).containsExactly(
                tuple(Problem.Severity.WARNING, "model 'gw' uses provider 'my-gateway', which has no promptfoo provider id;"
                        + " it is left out of the config"),
                tuple(Problem.Severity.ERROR, "no model could be named as a promptfoo provider; add one under providers"
                        + " before running the config"));
    }

    @Test
    void localServersGetTheirBaseUrlAndEachProviderItsOwnParameterNames() {
        List<ModelRef> models = List.of(
                new ModelRef("studio", "lmstudio", "qwen2.5-7b", ModelParams.NONE.withMaxTokens(50)),
                new ModelRef("claude", "anthropic", "claude-3-5-haiku-latest", ModelParams.NONE.withStop(List.of("###"))));

        String config = config(export(List.of(), models, List.of()));

        assertThat(config).contains(String.join("\n",
                "  - id: openai:chat:qwen2.5-7b",
                "    label: studio",
                "    config:",
                "      max_tokens: 50",
                "      apiBaseUrl: http://localhost:1234/v1",
                "  - id: anthropic:messages:claude-3-5-haiku-latest",
                "    label: claude",
                "    config:",
                "      stop_sequences: ['###']",
                ""));
    }

    @Test
    void listVarsDisableExpansionAndNullVarsAreLeftOutWithAWarning() {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("items", List.of("a", "b"));
        vars.put("missing", null);
        TestCase test = new TestCase("t-1", vars, null, List.of(), List.of(), Split.DEV, null);

        ExportResult result = export(List.of(test), List.of(openAi()), List.of());

        assertThat(config(result)).contains("defaultTest:\n  options:\n    disableVarExpansion: true\n")
                .contains("    vars:\n      items: [a, b]\n    metadata:");
        assertThat(result.problems()).extracting(Problem::message)
                .containsExactly("test t-1: var 'missing' is null, which promptfoo does not accept; it is left out");
    }

    @Test
    void assertionValuesWithTemplateSyntaxAreProtectedFromNunjucks() {
        TestCase test = test("t-1", null, new Assertion("contains", "{{ not a var }}", null, null));

        assertThat(config(export(List.of(test), List.of(openAi()), List.of())))
                .contains("value: '{% raw %}{{ not a var }}{% endraw %}'");
    }

    @Test
    void theSplitOptionChoosesTheTests() {
        Project project = Samples.load("support-triage");

        String config = config(Samples.FORMATS.export("promptfoo", project, "triage-zero-shot", "gpt-4o-mini",
                new ExportOptions(null, Split.HELDOUT)));

        long heldout = project.tests().stream().filter(t -> t.split() == Split.HELDOUT).count();
        assertThat(config.split("\n  - description: ", -1)).hasSize((int) heldout + 1);
        assertThat(config).doesNotContain("split: dev");
    }

    @Test
    void llmRubricWithoutAJudgeWarnsThatPromptfooPicksItsOwnGrader() {
        TestCase test = test("t-1", null, new Assertion("llm-rubric", "is polite", null, null));

        ExportResult result = export(List.of(test), List.of(openAi()), List.of());

        assertThat(result.problems()).extracting(Problem::message).containsExactly("llm-rubric assertions are exported but"
                + " the project names no judge; promptfoo will grade them with its default provider");
    }

    private static ExportResult export(List<TestCase> tests, List<ModelRef> models, List<Assertion> defaults) {
        PromptVariant prompt = new PromptVariant("p", "", TemplateSyntax.JINJA, "Classify.",
                List.of(new MessageTemplate(Role.USER, "{{ ticket }}")), null, null, null);
        Project project = Exports.project(prompt, models, List.of(), tests);
        return Samples.FORMATS.export("promptfoo", project, "p", null, ExportOptions.DEFAULTS);
    }

    private static TestCase test(String id, Object expected, Assertion... asserts) {
        return new TestCase(id, Map.of("ticket", "My card was charged twice"), expected, Arrays.asList(asserts), List.of(),
                Split.DEV, null);
    }

    private static String config(ExportResult result) {
        return result.files().get("promptfooconfig.yaml");
    }

    private static ModelRef openAi() {
        return new ModelRef("mini", "openai", "gpt-4o-mini", ModelParams.NONE);
    }
}
