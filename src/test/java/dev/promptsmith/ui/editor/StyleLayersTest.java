package dev.promptsmith.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class StyleLayersTest {

    @Test
    void overlayAddsItsClassToTheSyntaxClassUnderneath() {
        List<StyledRange> syntax = List.of(new StyledRange(2, 6, "tpl-variable"));
        List<StyledRange> overlay = List.of(new StyledRange(4, 8, "find-match"));

        assertThat(describe(StyleLayers.merge(syntax, overlay, 10))).containsExactly(
                "2[]", "2[tpl-variable]", "2[tpl-variable, find-match]", "2[find-match]", "2[]");
    }

    @Test
    void rangesPastTheEndAreClipped() {
        StyleSpans<Collection<String>> spans = StyleLayers.merge(
                List.of(new StyledRange(3, 50, "tpl-comment")), List.of(new StyledRange(40, 60, "find-match")), 5);

        assertThat(spans.length()).isEqualTo(5);
        assertThat(describe(spans)).containsExactly("3[]", "2[tpl-comment]");
    }

    @Test
    void emptyDocumentGetsOneEmptySpan() {
        assertThat(StyleLayers.merge(List.of(), List.of(), 0).length()).isZero();
    }

    private static List<String> describe(StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            out.add(span.getLength() + span.getStyle().toString());
        }
        return out;
    }
}
