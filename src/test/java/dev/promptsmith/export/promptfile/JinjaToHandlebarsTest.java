package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JinjaToHandlebarsTest {

    @Test
    void variablesAndPathsKeepTheirNames() {
        assertThat(translate("Hi {{ name }}, {{ user.address.city }}")).isEqualTo("Hi {{name}}, {{user.address.city}}");
    }

    @Test
    void aLoopKeepsItsVariableAndReachesOuterVariablesThroughRoot() {
        assertThat(translate("{% for ex in examples %}{{ ex.output }} for {{ ticket }} #{{ loop.index0 }}{% endfor %}"))
                .isEqualTo("{{#each examples as |ex|}}{{ex.output}} for {{@root.ticket}} #{{@index}}{{/each}}");
    }

    @Test
    void conditionsBecomeIfUnlessAndIfEquals() {
        assertThat(translate("{% if a %}A{% elif not b %}B{% elif lang == 'de' %}C{% else %}D{% endif %}"))
                .isEqualTo("{{#if a}}A{{else unless b}}B{{else ifEquals lang \"de\"}}C{{else}}D{{/if}}");
    }

    @Test
    void whitespaceControlCommentsAndRawBlocksCarryOver() {
        assertThat(translate("{#- note -#}{%- if x -%}{% raw %}{{ kept }}{% endraw %}{%- endif %}"))
                .isEqualTo("{{!-- note --}}{{~#if x~}}\\{{ kept }}{{~/if}}");
    }

    @Test
    void aVariableNamedLikeAHelperIsReadThroughThis() {
        assertThat(translate("{{ role }}")).isEqualTo("{{this.role}}");
    }

    @Test
    void untranslatableConstructsAreReportedWithTheirLine() {
        JinjaToHandlebars.Result result = JinjaToHandlebars.translate("ok\n{% set x = 1 %}\n{{ loop.index }}\n{{ f(x) }}");

        assertThat(result.problems()).extracting(TemplateIssue::line).containsExactly(2, 3, 4);
        assertThat(result.problems()).extracting(TemplateIssue::message).satisfiesExactly(
                m -> assertThat(m).contains("{% set %} has no Handlebars equivalent"),
                m -> assertThat(m).contains("loop.index", "@index counts from 0"),
                m -> assertThat(m).contains("function calls"));
        // {% is plain text to Handlebars; only {{ needs its escape.
        assertThat(result.text()).isEqualTo("ok\n{% set x = 1 %}\n\\{{ loop.index }}\n\\{{ f(x) }}");
    }

    @Test
    void anUnclosedLoopIsReported() {
        assertThat(JinjaToHandlebars.translate("{% for x in xs %}{{ x }}").problems())
                .singleElement().extracting(TemplateIssue::message).asString().contains("not closed");
    }

    private static String translate(String jinja) {
        JinjaToHandlebars.Result result = JinjaToHandlebars.translate(jinja);
        assertThat(result.problems()).isEmpty();
        return result.text();
    }
}
