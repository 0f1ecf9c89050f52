package dev.promptsmith.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A variable's text reaches the prompt exactly, whether or not a filter or a loop touched it. */
class JinjaEngineTextFidelityTest {

    private static final JinjaEngine ENGINE = new JinjaEngine(RenderLimits.DEFAULT);
    private static final String HOSTILE = "bell\u0007 nul\u0000 esc\u001b[31m tab\t quote\" apostrophe' backslash\\"
            + " unicode \u00e9\u4e2d\ud83d\ude00 line\nbreak";

    private static String render(String template, Object value) {
        JinjaEngine.Rendered rendered = ENGINE.render(template, Map.of("x", value));
        assertThat(rendered.problems()).isEmpty();
        return rendered.text();
    }

    @Test
    void controlCharactersPassThroughFiltersAsThemselves() {
        assertThat(render("{{ x }}", HOSTILE)).isEqualTo(HOSTILE);
        assertThat(render("{{ x | trim }}", HOSTILE)).isEqualTo(HOSTILE);
        assertThat(render("{{ x | replace('bell', 'BELL') }}", HOSTILE)).isEqualTo(HOSTILE.replace("bell", "BELL"));
        assertThat(render("{% for line in [x] %}{{ line }}{% endfor %}", HOSTILE)).isEqualTo(HOSTILE);
    }

    @Test
    void listsStillPrintTheWayJinja2PrintsThem() {
        assertThat(render("{{ x }}", List.of("a", "b"))).isEqualTo("['a', 'b']");
    }
}
