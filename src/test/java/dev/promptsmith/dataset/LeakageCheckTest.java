package dev.promptsmith.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.eval.assertion.MiniLmEmbedder;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class LeakageCheckTest {

    private static Example example(String id, String ticket) {
        return new Example(id, Map.of("ticket", ticket), "billing", List.of(), null);
    }

    private static TestCase test(String id, String ticket, Split split) {
        return new TestCase(id, Map.of("ticket", ticket), "billing", List.of(), List.of(), split, null);
    }

    @Test
    void anExampleEqualToATestOnceCaseAndWhitespaceAreIgnoredIsAnExactPair() {
        List<LeakagePair> pairs = new LeakageCheck(null, LeakageCheck.DEFAULT_THRESHOLD).check(
                List.of(example("ex-1", "My card  was\nDECLINED"), example("ex-2", "Where is my parcel?")),
                List.of(test("t-1", "my card was declined ", Split.HELDOUT), test("t-2", "Something else", Split.DEV)),
                Progress.NONE);

        assertThat(pairs).containsExactly(new LeakagePair("ex-1", "t-1", Split.HELDOUT, 1.0, LeakagePair.Kind.EXACT));
    }

    @Test
    void nearDuplicatesAboveTheThresholdArePairedMostSimilarFirst() {
        FakeEmbedder embedder = new FakeEmbedder();
        List<LeakagePair> pairs = new LeakageCheck(embedder, 0.85).check(
                List.of(example("ex-1", "abcdefgh"), example("ex-2", "zzzz")),
                List.of(test("t-1", "abcdefgx", Split.DEV), test("t-2", "abcdefgh", Split.DEV), test("t-3", "qqqq", Split.DEV),
                        test("t-4", "hgfedcba", Split.DEV)),
                Progress.NONE);

        assertThat(pairs).extracting(LeakagePair::testId, LeakagePair::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("t-2", LeakagePair.Kind.EXACT),
                org.assertj.core.groups.Tuple.tuple("t-4", LeakagePair.Kind.NEAR),
                org.assertj.core.groups.Tuple.tuple("t-1", LeakagePair.Kind.NEAR));
        assertThat(pairs.get(1).similarity()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(pairs.get(2).similarity()).isCloseTo(7.0 / 8, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void eachDistinctTextIsEmbeddedOnceForTwoHundredExamplesAndTenThousandTests() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            examples.add(example("ex-" + i, "example " + Integer.toString(i, 26)));
        }
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            tests.add(test("t-" + i, "test case number " + Integer.toString(i % 5_000, 26), Split.DEV));
        }
        FakeEmbedder embedder = new FakeEmbedder();
        int[] lastProgress = new int[2];

        new LeakageCheck(embedder, 0.999).check(examples, tests, (done, total) -> {
            lastProgress[0] = done;
            lastProgress[1] = total;
        });

        assertThat(embedder.totalCalls()).isEqualTo(200 + 5_000);
        assertThat(embedder.calls.values()).containsOnly(1);
        assertThat(lastProgress).containsExactly(5_200, 5_200);
    }

    @Test
    void anInterruptedCheckStopsWithACancellation() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new LeakageCheck(new FakeEmbedder(), 0.95).check(
                    List.of(example("ex-1", "a")), List.of(test("t-1", "b", Split.DEV)), Progress.NONE))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theOfflineEmbedderFindsAParaphrasedTicketButNotAnUnrelatedOne() {
        List<LeakagePair> pairs = new LeakageCheck(new MiniLmEmbedder(), 0.9).check(
                List.of(example("ex-1", "My credit card was declined when I tried to renew my subscription.")),
                List.of(test("t-1", "My credit card got declined when I tried to renew the subscription.", Split.HELDOUT),
                        test("t-2", "The thermostat shows error E42 after the firmware update.", Split.DEV)),
                Progress.NONE);

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.testId()).isEqualTo("t-1");
            assertThat(p.kind()).isEqualTo(LeakagePair.Kind.NEAR);
            assertThat(p.similarity()).isGreaterThan(0.9).isLessThan(1.0);
        });
    }
}
