package dev.promptsmith.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.model.Assertion;
import dev.promptsmith.project.RecordJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpectedSyntaxTest {

    private final ExpectedSyntax syntax = new ExpectedSyntax(AssertionRegistry.standard(), new RecordJson().mapper());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "contains: foo|contains|foo",
            "icontains:X|icontains|X",
            "regex: ^a|regex|^a",
            "equals: x|equals|x",
            "starts-with: x|starts-with|x",
            "not-contains: x|not-contains|x",
            "llm-rubric: is polite|llm-rubric|is polite",
            "grade: is polite|llm-rubric|is polite",
            "label: billing|label|billing",
            "billing|equals|billing",
            "Note: not a type|equals|Note: not a type",
            "contains refund|equals|contains refund"})
    void aCellBecomesTheAssertionItsPrefixNames(String cell, String type, String value) {
        assertThat(syntax.parse(cell).assertion()).isEqualTo(new Assertion(type, value, null, null));
    }

    @Test
    void typesWithoutAValueUseTheTestsExpectedOutput() {
        assertThat(syntax.parse("is-json").assertion()).isEqualTo(new Assertion("is-json", null, null, null));
        assertThat(syntax.parse("contains-json").assertion()).isEqualTo(new Assertion("contains-json", null, null, null));
        assertThat(syntax.parse("equals").assertion()).isEqualTo(new Assertion("equals", null, null, null));
    }

    @Test
    void aThresholdInParenthesesIsKeptAndSimilarGetsPromptfoosDefault() {
        assertThat(syntax.parse("similar(0.9): text").assertion()).isEqualTo(new Assertion("similar", "text", null, 0.9));
        assertThat(syntax.parse("similar: text").assertion()).isEqualTo(new Assertion("similar", "text", null, 0.8));
        assertThat(syntax.parse("levenshtein(3): x").assertion()).isEqualTo(new Assertion("levenshtein", "x", null, 3.0));
        assertThat(syntax.parse("similar(high): text").assertion().type()).isEqualTo("equals");
    }

    @Test
    void listAndJsonValuesAreReadAsPromptfooReadsThem() {
        assertThat(syntax.parse("contains-any: late, delayed ,lost").assertion().value())
                .isEqualTo(List.of("late", "delayed", "lost"));
        assertThat(syntax.parse("contains-json: {\"total\": 12.5}").assertion().value()).isEqualTo(Map.of("total", 12.5));
        assertThat(syntax.parse("contains-json: not json").assertion().value()).isEqualTo("not json");
        assertThat(syntax.parse("word-count: 5").assertion().value()).isEqualTo(5);
    }

    @Test
    void codeAndUnsupportedTypesAreRefusedWithTheReason() {
        assertThat(syntax.parse("javascript: output.length > 3").problem()).contains("runs code");
        assertThat(syntax.parse("python: len(output) > 3").problem()).contains("python").contains("runs code");
        assertThat(syntax.parse("fn: x => true").problem()).contains("runs code");
        assertThat(syntax.parse("file://check.py").problem()).contains("runs code");
        assertThat(syntax.parse("is-xml").problem()).contains("is-xml").contains("does not support");
        assertThat(syntax.parse("similar:cosine: text").problem()).contains("similar:cosine");
        assertThat(syntax.parse("not-moderation").problem()).contains("moderation");
        assertThat(syntax.parse("javascript: x").value()).isEmpty();
    }

    @Test
    void formattedCellsReadBackAsTheSameAssertion() {
        List<Assertion> assertions = List.of(
                new Assertion("equals", "billing", null, null),
                new Assertion("equals", "contains: not a contains", null, null),
                new Assertion("equals", null, null, null),
                new Assertion("not-icontains", "as an ai", null, null),
                new Assertion("regex", "(?i)^\\s*billing\\s*$|<label>x</label>", null, null),
                new Assertion("similar", "text", null, 0.9),
                new Assertion("levenshtein", "x", null, 3.0),
                new Assertion("contains-all", List.of("a", "b"), null, null),
                new Assertion("contains-json", Map.of("total", 12.5), null, null),
                new Assertion("is-json", null, null, null),
                new Assertion("llm-rubric", "Says no.\nOne sentence.", null, null));
        for (Assertion assertion : assertions) {
            String cell = syntax.format(assertion).orElseThrow(() -> new AssertionError("not formatted: " + assertion));
            assertThat(syntax.parse(cell).assertion()).as(cell).isEqualTo(assertion);
        }
        assertThat(syntax.format(new Assertion("equals", "billing", null, null))).hasValue("billing");
        assertThat(syntax.format(new Assertion("equals", "contains: x", null, null))).hasValue("equals:contains: x");
    }

    @Test
    void similarWithoutAThresholdIsWrittenWithTheThresholdItRunsWith() {
        assertThat(syntax.format(new Assertion("similar", "text", null, null))).hasValue("similar(0.75):text");
    }

    @Test
    void whatACellCannotSayExactlyIsNotFormatted() {
        assertThat(syntax.format(new Assertion("contains", "x", 2.0, null))).isEmpty();
        assertThat(syntax.format(new Assertion("contains", " padded ", null, null))).isEmpty();
        assertThat(syntax.format(new Assertion("contains-any", List.of("a,b", "c"), null, null))).isEmpty();
        assertThat(syntax.format(new Assertion("equals", Map.of("a", 1), null, null))).isEmpty();
        assertThat(syntax.format(new Assertion("json-path", Map.of("path", "$.a", "equals", 1), null, null))).isPresent();
    }
}
