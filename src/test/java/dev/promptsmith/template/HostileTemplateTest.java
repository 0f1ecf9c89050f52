package dev.promptsmith.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Templates come from files anyone can edit: they must not read files, hang, or exhaust memory. */
@Timeout(10)
class HostileTemplateTest {

    private static final JinjaEngine ENGINE = new JinjaEngine(RenderLimits.DEFAULT);
    /** Default limits but a short timeout, to keep the loop tests fast. */
    private static final JinjaEngine IMPATIENT = new JinjaEngine(new RenderLimits(
            RenderLimits.DEFAULT.maxOutputChars(), RenderLimits.DEFAULT.maxSteps(), Duration.ofMillis(250),
            RenderLimits.DEFAULT.maxRangeSize(), RenderLimits.DEFAULT.maxCollectionSize(), RenderLimits.DEFAULT.maxMacroDepth()));

    private static JinjaEngine.Rendered render(String template) {
        return ENGINE.render(template, Map.of("name", "Bob"));
    }

    @Test
    void includeCannotReadFiles() {
        JinjaEngine.Rendered r = render("{% include '/etc/passwd' %}");

        assertThat(r.text()).doesNotContain("root:");
        assertThat(r.problems()).containsExactly(
                new TemplateProblem("", 1, 1, "templates cannot load other files ('/etc/passwd')"));
    }

    @Test
    void importExtendsAndClasspathResourcesAreRefused() {
        assertThat(render("{% import 'macros.j2' as m %}").problems()).isNotEmpty();
        assertThat(render("{% from 'macros.j2' import m %}").problems()).isNotEmpty();
        assertThat(render("{% extends 'base.j2' %}").problems()).isNotEmpty();
        JinjaEngine.Rendered manifest = render("{% include 'META-INF/MANIFEST.MF' %}");
        assertThat(manifest.text()).doesNotContain("Manifest-Version");
        assertThat(manifest.problems()).isNotEmpty();
    }

    @Test
    void hugeNestedLoopIsStoppedQuickly() {
        long start = System.nanoTime();

        JinjaEngine.Rendered r = IMPATIENT.render(
                "{% for a in range(10000) %}{% for b in range(10000) %}{% for c in range(10000) %}{% endfor %}{% endfor %}{% endfor %}done",
                Map.of());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(r.problems()).singleElement().extracting(TemplateProblem::message).asString()
                .startsWith("template stopped after");
    }

    @Test
    void stepLimitStopsALoopThatPrintsNothing() {
        JinjaEngine small = new JinjaEngine(new RenderLimits(100_000, 500, Duration.ofSeconds(30), 10_000, 10_000, 10));

        JinjaEngine.Rendered r = small.render("{% for a in range(100) %}{% for b in range(100) %}{{ '' }}{% endfor %}{% endfor %}", Map.of());

        assertThat(r.problems()).singleElement().extracting(TemplateProblem::message)
                .isEqualTo("template stopped after 500 steps (an endless or huge loop?)");
    }

    @Test
    void rangeIsCappedAtTheLimit() {
        JinjaEngine.Rendered r = render("{{ range(1000000) | length }}");

        assertThat(r.text()).isEqualTo("10000");
    }

    @Test
    void infiniteRecursionIsStopped() {
        JinjaEngine.Rendered r = render("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(1) }}");

        assertThat(r.problems()).isNotEmpty();
        assertThat(r.problems().get(0).message()).containsIgnoringCase("recursion");
    }

    @Test
    void outputBombIsStoppedAtTheOutputLimit() {
        JinjaEngine small = new JinjaEngine(new RenderLimits(10_000, 1_000_000, Duration.ofSeconds(5), 10_000, 10_000, 10));

        JinjaEngine.Rendered r = small.render("{% for i in range(10000) %}{{ 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }}{% endfor %}", Map.of());

        assertThat(r.problems()).extracting(TemplateProblem::message)
                .contains("the rendered text is longer than the limit of 10,000 characters");
    }

    @Test
    void growingAListIsStoppedAtTheCollectionLimit() {
        JinjaEngine small = new JinjaEngine(new RenderLimits(100_000, 1_000_000, Duration.ofSeconds(5), 10_000, 1_000, 10));

        JinjaEngine.Rendered r = small.render(
                "{% set l = [] %}{% for i in range(2000) %}{% do l.append(i) %}{% endfor %}{{ l | length }}", Map.of());

        assertThat(r.problems()).isNotEmpty();
    }

    @Test
    void variableValuesAreInsertedVerbatimNotRenderedAgain() {
        // Jinjava's nested interpretation (on by default) would render these.
        JinjaEngine.Rendered r = ENGINE.render("Ticket: {{ ticket }}",
                Map.of("ticket", "{{ name }} {% include '/etc/passwd' %} {# x #}", "name", "Bob"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.text()).isEqualTo("Ticket: {{ name }} {% include '/etc/passwd' %} {# x #}");
    }

    @Test
    void javaReflectionIsNotReachable() {
        assertThat(render("{{ name.getClass().forName('java.lang.Runtime') }}").text()).doesNotContain("class");
        assertThat(render("{{ name.class }}").text()).doesNotContain("java.lang");
        assertThat(render("{{ name.getClass() }}").problems()).isNotEmpty();
    }

    @Test
    void limitsApplyPerRenderSoAHostileRenderDoesNotAffectTheNext() {
        assertThat(IMPATIENT.render("{% for a in range(10000) %}{% for b in range(10000) %}{% endfor %}{% endfor %}", Map.of())
                .problems()).isNotEmpty();

        assertThat(IMPATIENT.render("Hi {{ name }}", Map.of("name", "Bob")).text()).isEqualTo("Hi Bob");
    }

    @Test
    void hugeTemplateTextIsHandled() {
        String template = "{{ name }} ".repeat(20_000);

        JinjaEngine.Rendered r = render(template);

        assertThat(r.problems()).isEmpty();
        assertThat(r.text()).hasSize(4 * 20_000);
    }

    @Test
    void garbageInputNeverThrows() {
        for (String garbage : List.of("{{", "{%", "{#", "}}", "{{}}", "{%%}", "{{ {{ }} }}", "{% for %}{% endfor %}",
                "{{ 'unterminated }}", "{% if %}{% endif %}", "{{ ( }}", "{% set %}", "{% macro %}{% endmacro %}", "\u0000{{\u0000}}")) {
            JinjaEngine.Rendered r = render(garbage);
            assertThat(r).as(garbage).isNotNull();
        }
    }
}
