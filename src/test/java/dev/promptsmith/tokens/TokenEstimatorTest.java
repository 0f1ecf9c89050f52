package dev.promptsmith.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenEstimatorTest {

    private final TokenEstimator estimator = new TokenEstimator();

    @Test
    void emptyAndNullTextAreZero() {
        assertThat(estimator.estimate("")).isZero();
        assertThat(estimator.estimate(null)).isZero();
    }

    @Test
    void englishProseIsAboutFourCharactersPerToken() {
        String text = "The quick brown fox jumps over the lazy dog again and again."; // 60 chars, 12 words
        assertThat(estimator.estimate(text)).isEqualTo(16); // max(15, 16)
    }

    @Test
    void shortWordsAreCountedByWords() {
        assertThat(estimator.estimate("a b c d e f")).isEqualTo(8); // 6 words x 4/3 beats 11 chars / 4
    }

    @Test
    void nonAsciiCharactersWeighMore() {
        // 9 CJK characters x 1.3 = 11.7 -> 12; o200k_base gives 8 and cl100k_base 9, so this errs high.
        assertThat(estimator.estimate("お誕生日おめでとう")).isEqualTo(12);
    }

    @Test
    void astralCharactersCountOncePerCodePoint() {
        assertThat(estimator.estimate("🙂")).isEqualTo(2); // one code point x 1.3, not two UTF-16 chars
    }

    @Test
    void exactMultiplesDoNotRoundUp() {
        assertThat(estimator.estimate("abcd")).isEqualTo(2); // 4 chars = 1.0, but one word = 4/3 -> 2
        assertThat(estimator.estimate("abcdefghijkl")).isEqualTo(3); // 12 chars = 3.0 exactly
    }

    @Test
    void chatEstimateAddsFourPerMessageAndThreeForTheReply() {
        assertThat(estimator.estimateChat(List.of("abcdefghijkl", ""))).isEqualTo(3 + (4 + 3) + 4);
    }
}
