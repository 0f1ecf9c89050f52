package dev.promptsmith.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestSelectionTest {

    private final List<TestCase> tests = List.of(
            test("t1", List.of("billing"), Split.DEV),
            test("t2", List.of("refund", "edge-case"), Split.DEV),
            test("t3", List.of("billing"), Split.HELDOUT),
            test("t4", List.of(), Split.DEV));

    @Test
    void everydayRunsLeaveHeldOutCasesOut() {
        assertThat(TestSelection.DEV.apply(tests)).extracting(TestCase::id).containsExactly("t1", "t2", "t4");
        assertThat(TestSelection.ALL.apply(tests)).hasSize(4);
    }

    @Test
    void tagsMatchAnyOfTheGivenOnes() {
        assertThat(new TestSelection(Set.of(), Set.of("billing", "edge-case"), Split.DEV).apply(tests))
                .extracting(TestCase::id).containsExactly("t1", "t2");
        assertThat(new TestSelection(Set.of(), Set.of("billing"), Split.HELDOUT).apply(tests))
                .extracting(TestCase::id).containsExactly("t3");
    }

    @Test
    void idsPickCasesWhateverTheirSplit() {
        assertThat(new TestSelection(Set.of("t3", "t4"), Set.of(), Split.DEV).apply(tests))
                .extracting(TestCase::id).containsExactly("t3", "t4");
    }

    private static TestCase test(String id, List<String> tags, Split split) {
        return new TestCase(id, Map.of(), null, null, tags, split, null);
    }
}
