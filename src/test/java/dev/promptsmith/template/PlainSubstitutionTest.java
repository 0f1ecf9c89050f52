package dev.promptsmith.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The fast path renders exactly what Jinjava would, and steps aside for everything else. */
class PlainSubstitutionTest {

    private final Map<String, Object> vars = Map.of("ticket", "Refund {{ me }} please\n", "name", "Ana", "n", 3);

    @ParameterizedTest
    @ValueSource(strings = {
        "<ticket>\n{{ ticket }}\n</ticket>\n",
        "Hi {{name}}, {{ name }}!",
        "{{ticket}}{{ticket}}",
        "no tags at all"})
    void matchesJinjavaForStringPlaceholders(String template) {
        TemplateLocator locator = new TemplateLocator(template);
        String fast = PlainSubstitution.render(template, locator.tags(), vars).orElse(null);
        String slow = jinjava(template);
        assertThat(fast).isEqualTo(slow);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{{ n }}",
        "{{ name | upper }}",
        "{{- name }}",
        "{% if name %}x{% endif %}",
        "{# note #}{{ name }}",
        "{{ missing }}",
        "{{ name.first }}"})
    void leavesEverythingElseToJinjava(String template) {
        assertThat(PlainSubstitution.render(template, new TemplateLocator(template).tags(), vars)).isEmpty();
    }

    @Test
    void aValueThatLooksLikeATemplateIsNotRenderedAgain() {
        String template = "{{ ticket }}";
        assertThat(PlainSubstitution.render(template, new TemplateLocator(template).tags(), vars))
                .contains("Refund {{ me }} please\n");
    }

    /** Jinjava itself, bypassing the fast path, as the reference. */
    private String jinjava(String template) {
        var engine = SandboxedJinjava.create(RenderLimits.DEFAULT);
        var tracker = new UndefinedTracker(java.util.Set.of());
        return engine.renderForResult(template, vars, SandboxedJinjava.renderConfig(RenderLimits.DEFAULT, tracker)).getOutput();
    }
}
