package dev.promptsmith.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.template.PlaceholderTemplate.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderTemplateTest {

    @Test
    void splitsTextAndPlaceholdersInOrder() {
        PlaceholderTemplate template = PlaceholderTemplate.parse("<ticket>\n{{ ticket }}\n</ticket> for {{name}} {{ ticket }}").orElseThrow();

        assertThat(template.pieces()).containsExactly(new Piece("<ticket>\n", null), new Piece(null, "ticket"),
                new Piece("\n</ticket> for ", null), new Piece(null, "name"), new Piece(" ", null),
                new Piece(null, "ticket"));
        assertThat(template.variables()).containsExactly("ticket", "name");
        assertThat(template.isLiteral()).isFalse();
    }

    @Test
    void textWithoutTagsIsOneLiteralPiece() {
        PlaceholderTemplate template = PlaceholderTemplate.parse("Just { text } with $ and `ticks`").orElseThrow();

        assertThat(template.pieces()).containsExactly(new Piece("Just { text } with $ and `ticks`", null));
        assertThat(template.isLiteral()).isTrue();
        assertThat(PlaceholderTemplate.parse("").orElseThrow().pieces()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{% if a %}x{% endif %}", "{{ a | upper }}", "{{- a }}", "{# c #}{{ a }}", "{{ a.b }}",
        "{{ true }}", "{{ a", "{{ None }}"})
    void anythingBeyondPlainPlaceholdersHasNoPlaceholderForm(String text) {
        assertThat(PlaceholderTemplate.parse(text)).isEmpty();
    }

    @Test
    void piecesJoinBackToWhatTheRendererProduces() {
        String text = "Hi {{ name }}, about {{ topic }}:\n";
        PlaceholderTemplate template = PlaceholderTemplate.parse(text).orElseThrow();
        StringBuilder joined = new StringBuilder();
        for (Piece piece : template.pieces()) {
            joined.append(piece.isVariable() ? (piece.variable().equals("name") ? "Ana" : "{{ x }}") : piece.text());
        }
        String rendered = new PromptRenderer().render(new dev.promptsmith.model.PromptVariant("p", "", null, text,
                List.of(), null, null, null), java.util.Map.of("name", "Ana", "topic", "{{ x }}"), List.of())
                .messages().get(0).content();
        assertThat(joined).hasToString(rendered);
    }
}
