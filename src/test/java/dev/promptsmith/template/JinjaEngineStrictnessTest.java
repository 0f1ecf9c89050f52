package dev.promptsmith.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Undefined values are errors with exact positions, as with Jinja's StrictUndefined. */
class JinjaEngineStrictnessTest {

    private static final JinjaEngine ENGINE = new JinjaEngine(RenderLimits.DEFAULT);

    private static JinjaEngine.Rendered render(String template, Map<String, Object> vars) {
        return ENGINE.render(template, vars);
    }

    private static JinjaEngine.Rendered render(String template) {
        return render(template, Map.of("name", "Bob", "items", List.of("a", "b"), "obj", Map.of("k", 1)));
    }

    @Test
    void definedVariablesRender() {
        JinjaEngine.Rendered r = render("Hello {{ name }}: {% for i in items %}{{ i }}{{ loop.index }} {% endfor %}{{ obj.k }}");

        assertThat(r.problems()).isEmpty();
        assertThat(r.text()).isEqualTo("Hello Bob: a1 b2 1");
    }

    @Test
    void undefinedVariableIsReportedWithLineAndColumn() {
        JinjaEngine.Rendered r = render("Hello {{ name }}\nTicket: {{ ticket }}");

        assertThat(r.problems()).containsExactly(new TemplateProblem("", 2, 12, "undefined variable 'ticket'"));
    }

    @Test
    void undefinedVariableInsideConcatenationIsReported() {
        // Jinjava's failOnUnknownTokens lets this pass silently (HubSpot/jinjava#395).
        assertThat(render("{{ 'Ticket: ' ~ ticket }}").problems())
                .containsExactly(new TemplateProblem("", 1, 17, "undefined variable 'ticket'"));
    }

    @Test
    void undefinedVariableInIfConditionIsReported() {
        assertThat(render("{% if ticket %}yes{% endif %}").problems())
                .containsExactly(new TemplateProblem("", 1, 7, "undefined variable 'ticket'"));
        assertThat(render("x\n  {% if name and ticket == 'a' %}yes{% endif %}").problems())
                .containsExactly(new TemplateProblem("", 2, 18, "undefined variable 'ticket'"));
    }

    @Test
    void undefinedLoopIterableIsReported() {
        assertThat(render("{% for t in tickets %}{{ t }}{% endfor %}").problems())
                .containsExactly(new TemplateProblem("", 1, 13, "undefined variable 'tickets'"));
    }

    @Test
    void everyUndefinedVariableIsReportedNotJustTheFirst() {
        JinjaEngine.Rendered r = render("{{ a }}\n{{ name }}\n  {{ b }}{{ a }}");

        assertThat(r.problems()).extracting(TemplateProblem::line, TemplateProblem::column, TemplateProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 4, "undefined variable 'a'"),
                        org.assertj.core.groups.Tuple.tuple(3, 6, "undefined variable 'b'"),
                        org.assertj.core.groups.Tuple.tuple(3, 13, "undefined variable 'a'"));
    }

    @Test
    void undefinedVariableInsideALoopIsReportedOnce() {
        assertThat(render("{% for i in items %}{{ missing }}{% endfor %}").problems())
                .containsExactly(new TemplateProblem("", 1, 24, "undefined variable 'missing'"));
    }

    @Test
    void defaultFilterMakesAnUndefinedVariableLegal() {
        JinjaEngine.Rendered r = render("[{{ ticket | default('') }}][{{ ticket|d('none') }}][{{ ticket.x.y | default('z') }}]");

        assertThat(r.problems()).isEmpty();
        assertThat(r.text()).isEqualTo("[][none][z]");
    }

    @Test
    void isDefinedTestMakesAnUndefinedVariableLegal() {
        JinjaEngine.Rendered r = render(
                "{% if ticket is defined and ticket %}A{% else %}B{% endif %}"
                        + "{% if ticket is not defined %}C{% endif %}{% if ticket is undefined %}D{% endif %}");

        assertThat(r.problems()).isEmpty();
        assertThat(r.text()).isEqualTo("BCD");
    }

    @Test
    void defaultOnOneVariableDoesNotExcuseAnother() {
        assertThat(render("{{ a ~ (b | default('')) }}").problems())
                .containsExactly(new TemplateProblem("", 1, 4, "undefined variable 'a'"));
    }

    @Test
    void missingMapKeyIsReported() {
        assertThat(render("{{ obj.k }}\n{{ obj.nope }}").problems())
                .containsExactly(new TemplateProblem("", 2, 8, "undefined attribute 'nope'"));
        assertThat(render("{{ 'x' ~ obj['nope'] }}").problems())
                .containsExactly(new TemplateProblem("", 1, 14, "undefined attribute 'nope'"));
    }

    @Test
    void missingMapKeyWithDefaultIsLegal() {
        JinjaEngine.Rendered r = render("{{ obj.nope | default('dflt') }}");

        assertThat(r.problems()).isEmpty();
        assertThat(r.text()).isEqualTo("dflt");
    }

    @Test
    void listIndexOutOfRangeIsReported() {
        assertThat(render("{{ items[1] }}{{ items[5] }}").problems())
                .containsExactly(new TemplateProblem("", 1, 24, "list index 5 is out of range"));
        assertThat(render("{{ items[-1] }} {{ items[-3] }}").problems())
                .containsExactly(new TemplateProblem("", 1, 26, "list index -3 is out of range"));
    }

    @Test
    void mapMethodsAreNotMistakenForMissingKeys() {
        JinjaEngine.Rendered r = render("{% for k, v in obj.items() %}{{ k }}={{ v }}{% endfor %} {{ obj.keys() | list }}");

        assertThat(r.problems()).isEmpty();
        assertThat(r.text()).isEqualTo("k=1 ['k']");
    }

    @Test
    void variablesDefinedByTheTemplateAreDefined() {
        JinjaEngine.Rendered r = render(
                "{% set greeting = 'hi' %}{% macro m(who, p='!') %}{{ greeting }} {{ who }}{{ p }}{% endmacro %}{{ m(name) }}"
                        + "{% set ns = namespace(n=0) %}{% for i in items %}{% set ns.n = ns.n + 1 %}{% endfor %} {{ ns.n }}");

        assertThat(r.problems()).isEmpty();
        assertThat(r.text()).isEqualTo("hi Bob! 2");
    }

    @Test
    void nullValueIsDefinedAndRendersEmpty() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("maybe", null);

        JinjaEngine.Rendered r = render("[{{ maybe }}][{{ none }}][{{ maybe | default('d') }}]", vars);

        assertThat(r.problems()).isEmpty();
        assertThat(r.text()).isEqualTo("[][][d]");
    }

    @Test
    void unknownFilterIsReportedAtItsName() {
        // Jinjava renders an unknown filter as empty text without any error.
        assertThat(render("Hi {{ name | shout }}").problems())
                .containsExactly(new TemplateProblem("", 1, 14, "unknown filter 'shout'"));
    }

    @Test
    void unknownTestIsReportedAtItsName() {
        assertThat(render("{% if name is shouting %}x{% endif %}").problems())
                .containsExactly(new TemplateProblem("", 1, 15, "unknown test 'shouting'"));
    }

    @Test
    void unknownFunctionIsReported() {
        assertThat(render("a\n{{ shout(name) }}").problems())
                .containsExactly(new TemplateProblem("", 2, 1, "unknown function 'shout'"));
    }

    @Test
    void textWithoutTagsRendersToItselfWithoutJinjava() {
        JinjaEngine engine = new JinjaEngine(RenderLimits.DEFAULT);
        String text = "Plain text: } { %} #} <b>\n";

        assertThat(engine.render(text, Map.of()).text()).isEqualTo(text);
        // The same text through Jinjava (one tag added) keeps the trailing newline too.
        assertThat(engine.render("{{ '' }}" + text, Map.of()).text()).isEqualTo(text);
    }
}
