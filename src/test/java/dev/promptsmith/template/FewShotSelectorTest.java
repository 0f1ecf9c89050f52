package dev.promptsmith.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FewShotSelectorTest {

    private final FewShotSelector selector = new FewShotSelector();

    private static final List<Example> POOL = List.of(ex("a"), ex("b"), ex("c"), ex("d"));

    private static Example ex(String id) {
        return new Example(id, Map.of(), id.toUpperCase(), List.of(), null);
    }

    private static List<String> ids(List<Example> examples) {
        return examples.stream().map(Example::id).toList();
    }

    @Test
    void allExamplesInFileOrderWhenNoIdsAreGiven() {
        assertThat(ids(selector.select(new FewShot(FewShotMode.TURNS, null, List.of()), POOL))).containsExactly("a", "b", "c", "d");
    }

    @Test
    void idsSelectInTheirOwnOrder() {
        assertThat(ids(selector.select(new FewShot(FewShotMode.TURNS, null, List.of("c", "a")), POOL))).containsExactly("c", "a");
    }

    @Test
    void limitKeepsTheFirstN() {
        assertThat(ids(selector.select(new FewShot(FewShotMode.NONE, 2, List.of()), POOL))).containsExactly("a", "b");
        assertThat(ids(selector.select(new FewShot(FewShotMode.NONE, 1, List.of("d", "b")), POOL))).containsExactly("d");
        assertThat(selector.select(new FewShot(FewShotMode.NONE, 0, List.of()), POOL)).isEmpty();
        assertThat(selector.select(new FewShot(FewShotMode.NONE, 10, List.of()), POOL)).hasSize(4);
    }

    @Test
    void unknownIdsAreSkippedAndListed() {
        FewShot fewShot = new FewShot(FewShotMode.TURNS, null, List.of("b", "zz", "a", "zz"));

        assertThat(ids(selector.select(fewShot, POOL))).containsExactly("b", "a");
        assertThat(selector.unknownIds(fewShot, POOL)).containsExactly("zz");
    }

    @Test
    void nullSettingsAndPoolAreEmpty() {
        assertThat(selector.select(null, POOL)).hasSize(4);
        assertThat(selector.select(FewShot.NONE, null)).isEmpty();
        assertThat(selector.unknownIds(null, POOL)).isEmpty();
    }
}
