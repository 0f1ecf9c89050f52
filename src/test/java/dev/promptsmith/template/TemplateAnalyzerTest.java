package dev.promptsmith.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.TemplateSyntax;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateAnalyzerTest {

    private final TemplateAnalyzer analyzer = new TemplateAnalyzer();

    private TemplateAnalysis analyze(String text, String... known) {
        return analyzer.analyze(text, TemplateSyntax.JINJA, Set.of(known));
    }

    /** Spans as "KIND text" for readable assertions. */
    private static List<String> spans(String text, TemplateAnalysis analysis) {
        return analysis.spans().stream().map(s -> s.kind() + " " + text.substring(s.start(), s.end())).toList();
    }

    @Test
    void expressionIsSplitIntoDelimitersVariableAndFilter() {
        String text = "Hi {{ name | upper }}!";

        assertThat(spans(text, analyze(text, "name"))).containsExactly(
                "DELIMITER {{", "EXPRESSION  ", "VARIABLE name", "EXPRESSION  | ", "FILTER upper", "EXPRESSION  ", "DELIMITER }}");
    }

    @Test
    void statementKeywordsAndLoopVariables() {
        String text = "{% for t in tickets if t.open %}{{ t.text }}{% endfor %}";

        assertThat(spans(text, analyze(text, "tickets"))).containsExactly(
                "DELIMITER {%", "STATEMENT  ", "KEYWORD for", "STATEMENT  ", "VARIABLE t", "STATEMENT  ", "KEYWORD in",
                "STATEMENT  ", "VARIABLE tickets", "STATEMENT  ", "KEYWORD if", "STATEMENT  ", "VARIABLE t.open",
                "STATEMENT  ", "DELIMITER %}",
                "DELIMITER {{", "EXPRESSION  ", "VARIABLE t.text", "EXPRESSION  ", "DELIMITER }}",
                "DELIMITER {%", "STATEMENT  ", "KEYWORD endfor", "STATEMENT  ", "DELIMITER %}");
    }

    @Test
    void commentsStringsAndWhitespaceMarkers() {
        String text = "{# note #}{{- 'a }}b' ~ x -}}";

        assertThat(spans(text, analyze(text, "x"))).containsExactly(
                "COMMENT {# note #}", "DELIMITER {{-", "EXPRESSION  ", "STRING 'a }}b'", "EXPRESSION  ~ ",
                "VARIABLE x", "EXPRESSION  ", "DELIMITER -}}");
    }

    @Test
    void sectionTagsOutsideTemplateTagsAreMarked() {
        String text = "<instructions>\nBe brief.\n</instructions>\n<example id=\"1\">a < b</example><doc/>";

        assertThat(spans(text, analyze(text))).containsExactly(
                "SECTION_TAG <instructions>", "SECTION_TAG </instructions>", "SECTION_TAG <example id=\"1\">",
                "SECTION_TAG </example>", "SECTION_TAG <doc/>");
    }

    @Test
    void sectionTagContainingATemplateTagIsSplitAroundIt() {
        String text = "<example id=\"{{ ex.id }}\">";

        assertThat(spans(text, analyze(text, "ex"))).containsExactly(
                "SECTION_TAG <example id=\"", "DELIMITER {{", "EXPRESSION  ", "VARIABLE ex.id", "EXPRESSION  ",
                "DELIMITER }}", "SECTION_TAG \">");
    }

    @Test
    void undefinedVariableIsMarkedAndReported() {
        String text = "Ticket:\n  {{ ticket.text }} for {{ name }}";

        TemplateAnalysis analysis = analyze(text, "name");

        assertThat(spans(text, analysis)).contains("UNDEFINED_VARIABLE ticket.text", "VARIABLE name");
        assertThat(analysis.problems()).containsExactly(new TemplateProblem("", 2, 6, "undefined variable 'ticket'"));
        assertThat(analysis.referencedVariables()).containsExactly("ticket", "name");
    }

    @Test
    void namesTheTemplateDefinesAreNotUndefined() {
        String text = """
                {% set greeting = 'Hi' %}{% set a, b = 1, 2 %}
                {% macro show(item, sep=', ') %}{{ greeting }}{{ item }}{{ sep }}{{ varargs }}{% endmacro %}
                {% for ex in examples %}{{ loop.index }}{{ show(ex.output) }}{{ a + b }}{% else %}none{% endfor %}
                {% set ns = namespace(count=0) %}{% set ns.count = ns.count + 1 %}
                {% with x = 1 %}{{ x }}{% endwith %}{% call(row) show(1) %}{{ row }}{% endcall %}
                {% set block_var %}text{% endset %}{{ block_var }}{{ range(3) | list }}""";

        TemplateAnalysis analysis = analyze(text);

        assertThat(analysis.problems()).isEmpty();
        assertThat(analysis.referencedVariables()).isEmpty();
        assertThat(analysis.spans()).extracting(TemplateSpan::kind).doesNotContain(SpanKind.UNDEFINED_VARIABLE);
    }

    @Test
    void loopVariablesAreOnlyDefinedInsideTheLoop() {
        TemplateAnalysis analysis = analyze("{% for t in items %}{{ t }}{% endfor %}{{ t }}{{ loop }}", "items");

        assertThat(analysis.problems()).extracting(TemplateProblem::message)
                .containsExactly("undefined variable 't'", "undefined variable 'loop'");
    }

    @Test
    void aLoopsIterableIsEvaluatedOutsideTheLoop() {
        assertThat(analyze("{% for x in x %}{{ x }}{% endfor %}").problems())
                .containsExactly(new TemplateProblem("", 1, 13, "undefined variable 'x'"));
    }

    @Test
    void conditionalInsideALoopsIterableIsNotItsFilter() {
        assertThat(analyze("{% for x in (a if b else c) %}{{ x }}{% endfor %}", "a", "b", "c").problems()).isEmpty();
    }

    @Test
    void setInsideIfIsVisibleAfterIt() {
        assertThat(analyze("{% if true %}{% set y = 1 %}{% endif %}{{ y }}").problems()).isEmpty();
    }

    @Test
    void guardedVariablesAreReferencedButNotUndefined() {
        TemplateAnalysis analysis = analyze("{{ a | default('') }}{{ b.c|d('x') }}{% if c is defined %}{{ c }}{% endif %}"
                + "{% if e is not defined %}{% endif %}");

        assertThat(analysis.referencedVariables()).containsExactly("a", "b", "c", "e");
        assertThat(analysis.problems()).extracting(TemplateProblem::message).containsExactly("undefined variable 'c'");
    }

    @Test
    void functionsKeywordArgumentsAttributesAndLiteralsAreNotVariables() {
        TemplateAnalysis analysis = analyze(
                "{{ range(3) }}{{ items | map(attribute='id') | join(sep) }}{{ 'abc'.upper() }}{{ x if true else none }}",
                "items", "sep", "x");

        assertThat(analysis.referencedVariables()).containsExactly("items", "sep", "x");
        assertThat(analysis.problems()).isEmpty();
    }

    @Test
    void loadingKeywordsAreOnlyKeywordsInLoadingStatements() {
        String text = "{% include 'x.j2' ignore missing with context %}{% from 'm' import a as b, c %}{{ b }}{{ c }}{{ missing }}";

        TemplateAnalysis analysis = analyze(text);

        assertThat(spans(text, analysis)).contains("KEYWORD ignore", "KEYWORD missing", "KEYWORD context", "KEYWORD as",
                "VARIABLE b", "UNDEFINED_VARIABLE missing");
        assertThat(analysis.problems()).extracting(TemplateProblem::message).containsExactly("undefined variable 'missing'");
    }

    @Test
    void examplesIsAlwaysProvided() {
        TemplateAnalysis analysis = analyze("{{ examples | length }}");

        assertThat(analysis.problems()).isEmpty();
        assertThat(analysis.referencedVariables()).isEmpty();
    }

    @Test
    void rawBlockContentIsText() {
        String text = "{% raw %}{{ not_a_var }}{% endraw %}";

        assertThat(spans(text, analyze(text))).containsExactly(
                "DELIMITER {%", "STATEMENT  ", "KEYWORD raw", "STATEMENT  ", "DELIMITER %}",
                "DELIMITER {%", "STATEMENT  ", "KEYWORD endraw", "STATEMENT  ", "DELIMITER %}");
        assertThat(analyze(text).problems()).isEmpty();
    }

    @Test
    void rawSyntaxHasNoTemplateSpansOrProblems() {
        String text = "{\"a\": \"{{ x }}\"} {% for %} <output>";

        TemplateAnalysis analysis = analyzer.analyze(text, TemplateSyntax.RAW, Set.of());

        assertThat(spans(text, analysis)).containsExactly("SECTION_TAG <output>");
        assertThat(analysis.problems()).isEmpty();
        assertThat(analysis.referencedVariables()).isEmpty();
    }

    @Test
    void unclosedTagsAreReported() {
        assertThat(analyze("ab\ncd {{ unclosed").problems())
                .containsExactly(new TemplateProblem("", 2, 4, "unclosed '{{': missing '}}'"));
        assertThat(analyze("{% if x").problems())
                .containsExactly(new TemplateProblem("", 1, 1, "unclosed '{%': missing '%}'"));
        assertThat(analyze("x {# c").problems())
                .containsExactly(new TemplateProblem("", 1, 3, "unclosed comment: missing '#}'"));
    }

    @Test
    void unbalancedBlocksAreReported() {
        assertThat(analyze("Items:\n  {% for x in items %}{{ x }}", "items").problems())
                .containsExactly(new TemplateProblem("", 2, 3, "'{% for %}' is never closed: missing '{% endfor %}'"));
        assertThat(analyze("x {% endif %}").problems())
                .containsExactly(new TemplateProblem("", 1, 3, "'{% endif %}' has no matching '{% if %}'"));
        assertThat(analyze("{% for a in b %}{% if a %}{% endfor %}", "b").problems())
                .containsExactly(new TemplateProblem("", 1, 17, "'{% if %}' is never closed: missing '{% endif %}'"));
        assertThat(analyze("{% else %}").problems())
                .containsExactly(new TemplateProblem("", 1, 1, "'{% else %}' is outside an if block"));
        assertThat(analyze("{% raw %}{{ x }}").problems())
                .containsExactly(new TemplateProblem("", 1, 1, "'{% raw %}' is never closed: missing '{% endraw %}'"));
    }

    @Test
    void emptyAndNullTextHaveNothing() {
        assertThat(analyzer.analyze("", TemplateSyntax.JINJA, Set.of())).isEqualTo(TemplateAnalysis.EMPTY);
        assertThat(analyzer.analyze(null, TemplateSyntax.JINJA, null)).isEqualTo(TemplateAnalysis.EMPTY);
        assertThat(analyzer.analyze("{{ x }}", TemplateSyntax.JINJA, null).problems()).hasSize(1);
    }

    @Test
    void spansAreSortedNonOverlappingAndCoverEveryTag() {
        List<String> corpus = List.of(
                "Hi {{ name }}! <a href=\"{{ url }}\">{% if x %}y{% elif z %}w{% else %}v{% endif %}</a>",
                "{% for k, v in d.items() %}{{ k }}={{ v|tojson }}{% endfor %}{# c #}<t/>",
                "{{", "}}", "{{}}", "{% %}", "{{ {{ }} }}", "{{ 'unterminated }}", "{% for %}{% endfor %}",
                "{% macro %}{% endmacro %}", "{% set %}", "{{ a.b.c.d() }}", "<<>>{{x}}<{{y}}>", "{%- raw -%}{%- endraw -%}",
                "{% call %}{% endcall %}{% with %}{% endwith %}{% from %}{% import %}{% filter %}{% endfilter %}",
                "{{ x[0]['k'].y | default(z) | replace('a', 'b') }}\n{% if a is not none and b is divisibleby(2) %}{% endif %}");
        for (String text : corpus) {
            TemplateAnalysis analysis = analyze(text);
            int previousEnd = 0;
            for (TemplateSpan span : analysis.spans()) {
                assertThat(span.start()).as(text).isGreaterThanOrEqualTo(previousEnd);
                assertThat(span.end()).as(text).isGreaterThan(span.start()).isLessThanOrEqualTo(text.length());
                previousEnd = span.end();
            }
            for (TemplateTag tag : TemplateLexer.scan(text)) {
                if (tag.closed()) {
                    int covered = analysis.spans().stream().filter(s -> s.start() >= tag.start() && s.end() <= tag.end())
                            .mapToInt(TemplateSpan::length).sum();
                    assertThat(covered).as("tag coverage in " + text).isEqualTo(tag.end() - tag.start());
                }
            }
        }
    }

    @Test
    void largeTemplatesAreAnalyzedWhole() {
        // Speed is measured by dev.promptsmith.bench.AnalyzerBenchmark, not asserted here.
        String text = "<section>{% for t in tickets %}Ticket {{ loop.index }}: {{ t.text | trim }} {{ absent }}{% endfor %}</section>\n"
                .repeat(3_000); // ~330 KB

        TemplateAnalysis analysis = analyze(text, "tickets");

        assertThat(analysis.problems()).hasSize(3_000);
    }
}
