package dev.promptsmith.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BasicTemplateHighlighterTest {

    private final BasicTemplateHighlighter highlighter = new BasicTemplateHighlighter();

    @Test
    void marksEachConstructWithItsStyle() {
        String text = "<rules>{# note #}{% if x %}{{ 'hi' }}{% endif %}</rules>";

        assertThat(styles(text, Set.of())).containsExactly(
                "<rules>=tpl-tag", "{# note #}=tpl-comment", "{% if x %}=tpl-statement",
                "{{ 'hi' }}=tpl-expression", "{% endif %}=tpl-statement", "</rules>=tpl-tag");
    }

    @Test
    void knownVariableIsAVariableAndAnUnknownOneIsUndefined() {
        List<String> styles = styles("{{ name }} {{- ticket.body | trim }}", Set.of("name"));

        assertThat(styles).containsExactly(
                "{{ =tpl-expression", "name=tpl-variable", " }}=tpl-expression",
                "{{- =tpl-expression", "ticket=tpl-undefined", ".body | trim }}=tpl-expression");
    }

    @Test
    void loopAndSetVariablesCountAsDefined() {
        String text = "{% for ex, i in examples %}{{ ex }}{{ i }}{{ loop.index }}{% endfor %}{% set n = 1 %}{{ n }}";

        assertThat(styles(text, Set.of("examples")))
                .filteredOn(s -> s.endsWith("tpl-undefined")).isEmpty();
    }

    @Test
    void expressionsSpanLinesAndProseAnglesAreNotTags() {
        String text = "if a <b and c> d\n{{\n  user\n}}";

        assertThat(styles(text, Set.of("user"))).containsExactly(
                "{{\n  =tpl-expression", "user=tpl-variable", "\n}}=tpl-expression");
    }

    @Test
    void rangesAreSortedAndDoNotOverlap() {
        String text = "<a>{{ x }}</a> {# c #} {% for y in z %}{{ y.q }}{% endfor %} <b attr=\"1\">";
        List<StyledRange> ranges = highlighter.highlight(text, Set.of());

        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).start()).isGreaterThanOrEqualTo(ranges.get(i - 1).end());
        }
    }

    @Test
    void retainingKeepsOnlyTheGivenStyles() {
        SyntaxHighlighter tagsOnly = highlighter.retaining(Set.of(EditorStyles.TPL_TAG));

        assertThat(tagsOnly.highlight("<a>{{ x }}</a>", Set.of()))
                .extracting(StyledRange::styleClass).containsExactly("tpl-tag", "tpl-tag");
    }

    private List<String> styles(String text, Set<String> known) {
        return highlighter.highlight(text, known).stream()
                .map(r -> text.substring(r.start(), r.end()) + "=" + r.styleClass())
                .toList();
    }
}
