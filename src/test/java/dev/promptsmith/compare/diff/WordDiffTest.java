package dev.promptsmith.compare.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void aReplacedWordIsOneDeletionThenOneInsertionWithOffsetsOnBothSides() {
        assertThat(WordDiff.diff("The cat sat.", "The dog sat.")).containsExactly(
                new DiffSegment(DiffOp.EQUAL, "The ", 0, 4, 0, 4),
                new DiffSegment(DiffOp.DELETED, "cat", 4, 7, 4, 4),
                new DiffSegment(DiffOp.INSERTED, "dog", 7, 7, 4, 7),
                new DiffSegment(DiffOp.EQUAL, " sat.", 7, 12, 7, 12));
    }

    @Test
    void textAddedAtTheEndIsAnInsertionAtTheLeftTextsEnd() {
        assertThat(WordDiff.diff("Hello", "Hello world!")).containsExactly(
                new DiffSegment(DiffOp.EQUAL, "Hello", 0, 5, 0, 5),
                new DiffSegment(DiffOp.INSERTED, " world!", 5, 5, 5, 12));
    }

    @Test
    void wordsPunctuationAndSpaceRemovedAtTheStartAreOneDeletion() {
        assertThat(WordDiff.diff("Well, yes", "yes")).containsExactly(
                new DiffSegment(DiffOp.DELETED, "Well, ", 0, 6, 0, 0),
                new DiffSegment(DiffOp.EQUAL, "yes", 6, 9, 0, 3));
    }

    @Test
    void punctuationIsItsOwnTokenSoAChangedMarkLeavesTheWordEqual() {
        assertThat(WordDiff.diff("billing.", "billing!")).containsExactly(
                new DiffSegment(DiffOp.EQUAL, "billing", 0, 7, 0, 7),
                new DiffSegment(DiffOp.DELETED, ".", 7, 8, 7, 7),
                new DiffSegment(DiffOp.INSERTED, "!", 8, 8, 7, 8));
    }

    @Test
    void emptyAndIdenticalTextsNeedNoChange() {
        assertThat(WordDiff.diff("", "")).isEmpty();
        assertThat(WordDiff.diff("same text", "same text"))
                .containsExactly(new DiffSegment(DiffOp.EQUAL, "same text", 0, 9, 0, 9));
        assertThat(WordDiff.diff("", "new")).containsExactly(new DiffSegment(DiffOp.INSERTED, "new", 0, 0, 0, 3));
        assertThat(WordDiff.diff("old", "")).containsExactly(new DiffSegment(DiffOp.DELETED, "old", 0, 3, 0, 0));
    }

    @Test
    void theSegmentsRebuildBothTextsAndTheirOffsetsPointAtTheirText() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            String left = randomText(random, 40);
            assertRebuilds(left, mutate(random, left));
        }
    }

    @Test
    void unrelatedLongTextsStillGiveACorrectEditScriptPastTheCostLimit() {
        assertRebuilds(randomText(new Random(1), 1_500), randomText(new Random(2), 1_500));
    }

    @Test
    void theDiffIsMinimalInTokens() {
        // "a b c d" → "a x c d": only "b" is replaced, so 6 of 7 tokens stay equal.
        List<DiffSegment> segments = WordDiff.diff("a b c d", "a x c d");

        assertThat(segments).filteredOn(DiffSegment::changed).extracting(DiffSegment::text).containsExactly("b", "x");
    }

    @Test
    void tenKilobyteOutputsDiffQuickly() {
        Random random = new Random(11);
        String left = randomText(random, 1_700);
        String edited = mutate(random, left);
        String unrelated = randomText(new Random(12), 1_700);
        assertThat(left.length()).isGreaterThan(9_000);
        long similarBest = Long.MAX_VALUE;
        long unrelatedBest = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            WordDiff.diff(left, edited);
            long t1 = System.nanoTime();
            WordDiff.diff(left, unrelated);
            similarBest = Math.min(similarBest, t1 - t0);
            unrelatedBest = Math.min(unrelatedBest, System.nanoTime() - t1);
        }
        // Printed, not asserted: a timing bound would fail on a busy CI machine for no fault of the code.
        System.out.println("WordDiff of 10 KB texts, best of 10: one word in ten edited " + similarBest / 1000
                + " µs, unrelated " + unrelatedBest / 1000 + " µs");
        assertRebuilds(left, edited);
    }

    private static void assertRebuilds(String left, String right) {
        List<DiffSegment> segments = WordDiff.diff(left, right);
        assertThat(segments.stream().filter(s -> s.op() != DiffOp.INSERTED).map(DiffSegment::text)
                .collect(Collectors.joining())).isEqualTo(left);
        assertThat(segments.stream().filter(s -> s.op() != DiffOp.DELETED).map(DiffSegment::text)
                .collect(Collectors.joining())).isEqualTo(right);
        for (int i = 0; i < segments.size(); i++) {
            DiffSegment s = segments.get(i);
            String source = s.op() == DiffOp.INSERTED ? right.substring(s.rightStart(), s.rightEnd())
                    : left.substring(s.leftStart(), s.leftEnd());
            assertThat(source).isEqualTo(s.text());
            if (s.op() == DiffOp.EQUAL) {
                assertThat(right.substring(s.rightStart(), s.rightEnd())).isEqualTo(s.text());
            }
            if (i > 0) {
                assertThat(segments.get(i - 1).op()).isNotEqualTo(s.op());
                assertThat(s.leftStart()).isEqualTo(segments.get(i - 1).leftEnd());
                assertThat(s.rightStart()).isEqualTo(segments.get(i - 1).rightEnd());
            }
        }
    }

    private static final String[] WORDS = {"the", "ticket", "billing", "refund", "queue", "urgent", "customer", "invoice"};
    private static final String[] GAPS = {" ", " ", " ", ", ", ". ", "\n", "! "};

    private static String randomText(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
        }
        return text.toString();
    }

    /** Drops, adds and swaps about one word in ten. */
    private static String mutate(Random random, String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("(?<= )")) {
            int roll = random.nextInt(30);
            if (roll == 0) {
                continue;
            }
            out.append(roll == 1 ? "added " + word : roll == 2 ? "swapped " : word);
        }
        return out.toString();
    }
}
