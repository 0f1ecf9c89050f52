package dev.promptsmith.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.FewShotSelect;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code fewShot.select: similar}: the k examples closest to each test case, the closest next to the question. */
class SimilarExamplesTest {

    private final List<Example> pool = List.of(
            example("ex-card", "my card was declined at checkout", "billing"),
            example("ex-wifi", "the thermostat drops off wifi every night", "technical"),
            example("ex-login", "cannot log in after password reset", "account"),
            example("ex-charge", "charged twice on my card this month", "billing"));

    @Test
    void theTwoMostSimilarExamplesAreInjectedAsTurnsClosestLast() {
        PromptVariant prompt = new PromptVariant("p", "", TemplateSyntax.JINJA, "Route it.",
                List.of(new MessageTemplate(Role.USER, "{{ ticket }}")),
                new FewShot(FewShotMode.TURNS, 2, List.of(), FewShotSelect.SIMILAR), null, ModelParams.NONE);

        RenderResult rendered = new PromptRenderer().render(prompt, Map.of("ticket", "my card was charged twice"), pool);

        // Shared words with "my card was charged twice": ex-charge {charged, twice, my, card} 4/9,
        // ex-card {my, card, was} 3/9; the others share none.
        assertThat(rendered.messages()).extracting(ChatMessage::content).containsExactly(
                "Route it.",
                "my card was declined at checkout", "billing",
                "charged twice on my card this month", "billing",
                "my card was charged twice");
    }

    @Test
    void withoutALimitOrWithSelectFirstTheFileOrderStays() {
        FewShotSelector selector = new FewShotSelector();
        Map<String, Object> vars = Map.of("ticket", "wifi drops at night");

        assertThat(selector.select(new FewShot(FewShotMode.TURNS, 1, List.of()), pool, vars))
                .extracting(Example::id).containsExactly("ex-card");
        assertThat(selector.select(new FewShot(FewShotMode.TURNS, 1, List.of(), FewShotSelect.SIMILAR), pool, vars))
                .extracting(Example::id).containsExactly("ex-wifi");
        assertThat(selector.select(new FewShot(FewShotMode.TURNS, null, List.of(), FewShotSelect.SIMILAR), pool, vars))
                .extracting(Example::id).containsExactly("ex-card", "ex-wifi", "ex-login", "ex-charge");
    }

    @Test
    void chosenIdsAreTheCandidates() {
        FewShot onlyTwo = new FewShot(FewShotMode.TURNS, 1, List.of("ex-login", "ex-card"), FewShotSelect.SIMILAR);

        assertThat(new FewShotSelector().select(onlyTwo, pool, Map.of("ticket", "wifi drops at night")))
                .extracting(Example::id).hasSize(1).isSubsetOf("ex-login", "ex-card");
        assertThat(new FewShotSelector().select(onlyTwo, pool, Map.of("ticket", "password reset fails")))
                .extracting(Example::id).containsExactly("ex-login");
    }

    @Test
    void anEmbeddingRankerDecidesByMeaning() {
        // A fake embedder: billing words point one way, everything else the other.
        dev.promptsmith.eval.assertion.Embedder embedder = text -> text.contains("card") || text.contains("invoice")
                ? new float[] {1, 0} : new float[] {0, 1};
        PromptRenderer renderer = dev.promptsmith.eval.EmbeddingRanker.renderer(embedder);
        PromptVariant prompt = new PromptVariant("p", "", TemplateSyntax.JINJA, null,
                List.of(new MessageTemplate(Role.USER, "{{ ticket }}")),
                new FewShot(FewShotMode.TURNS, 1, List.of(), FewShotSelect.SIMILAR), null, ModelParams.NONE);

        RenderResult rendered = renderer.render(prompt, Map.of("ticket", "where is my invoice"), pool);

        assertThat(rendered.messages()).extracting(ChatMessage::content)
                .containsExactly("my card was declined at checkout", "billing", "where is my invoice");
    }

    private static Example example(String id, String ticket, String label) {
        return new Example(id, Map.of("ticket", ticket), label, List.of(), null);
    }
}
