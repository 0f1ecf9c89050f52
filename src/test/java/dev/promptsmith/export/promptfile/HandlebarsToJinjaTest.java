package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandlebarsToJinjaTest {

    @Test
    void eachWithoutBlockParametersGetsALoopVariableForThis() {
        assertThat(translate("{{#each items}}- {{this}} ({{@index}}) of {{@root.title}}\n{{/each}}"))
                .isEqualTo("{% for item in items %}- {{ item }} ({{ loop.index0 }}) of {{ title }}\n{% endfor %}");
    }

    @Test
    void insideEachBareNamesAreFieldsOfTheItem() {
        assertThat(translate("{{#each people}}{{name}} is {{this.age}}; {{../topic}}{{/each}}"))
                .isEqualTo("{% for item in people %}{{ item.name }} is {{ item.age }}; {{ topic }}{% endfor %}");
    }

    @Test
    void blockParametersKeepTheirNamesAndNestedLoopsGetTheirOwn() {
        assertThat(translate("{{#each groups as |g|}}{{#each g.members}}{{g.name}}:{{this}}{{/each}}{{/each}}"))
                .isEqualTo("{% for g in groups %}{% for item2 in g.members %}{{ g.name }}:{{ item2 }}{% endfor %}{% endfor %}");
    }

    @Test
    void conditionsAndElseChainsBecomeIfElif() {
        assertThat(translate("{{#if a}}A{{else if b}}B{{else}}C{{/if}}{{#unless c}}D{{/unless}}"
                + "{{#ifEquals lang \"de\"}}E{{/ifEquals}}"))
                .isEqualTo("{% if a %}A{% elif b %}B{% else %}C{% endif %}{% if not c %}D{% endif %}"
                        + "{% if lang == \"de\" %}E{% endif %}");
    }

    @Test
    void jsonHelperCommentsTildesAndEscapesCarryOver() {
        assertThat(translate("{{!-- why --}}{{~json data~}} \\{{literal}} {{{raw}}}"))
                .isEqualTo("{# why #}{{- data | tojson -}}{% raw %} {{literal}} {% endraw %}{{ raw }}");
    }

    @Test
    void jinjaSyntaxInPlainTextIsProtected() {
        assertThat(translate("Use {% and %} freely")).isEqualTo("{% raw %}Use {% and %} freely{% endraw %}");
    }

    @Test
    void partialsHistoryAndUnknownHelpersAreReportedAndKeptAsText() {
        HandlebarsToJinja.Result result = HandlebarsToJinja.translate("{{> header}}\n{{history}}\n{{#with user}}x{{/with}}");

        assertThat(result.problems()).extracting(TemplateIssue::line).containsExactly(1, 2, 3, 3);
        assertThat(result.problems().get(0).message()).contains("partials");
        assertThat(result.problems().get(1).message()).contains("history");
        assertThat(result.text()).startsWith("{% raw %}{{> header}}{% endraw %}\n");
    }

    private static String translate(String handlebars) {
        HandlebarsToJinja.Result result = HandlebarsToJinja.translate(handlebars);
        assertThat(result.problems()).isEmpty();
        return result.text();
    }
}
