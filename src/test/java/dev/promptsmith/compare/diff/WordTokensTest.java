package dev.promptsmith.compare.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokensTest {

    @Test
    void wordsSpaceRunsAndEachPunctuationMarkAreTokens() {
        WordTokens tokens = WordTokens.of("Don't stop—now!\n\n 42_x");

        assertThat(tokens.texts()).containsExactly("Don", "'", "t", " ", "stop", "—", "now", "!", "\n\n ", "42_x");
        assertThat(tokens.starts()).containsExactly(0, 3, 4, 5, 6, 10, 11, 14, 15, 18);
        assertThat(tokens.start(tokens.size())).isEqualTo(22);
    }

    @Test
    void combiningMarksStayWithTheirWordAndIdeographsStandAlone() {
        assertThat(WordTokens.of("cafe\u0301 ok").texts()).containsExactly("cafe\u0301", " ", "ok");
        assertThat(WordTokens.of("我爱你 ok").texts()).containsExactly("我", "爱", "你", " ", "ok");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNotCutInHalf() {
        assertThat(WordTokens.of("a😀b").texts()).containsExactly("a", "😀", "b");
    }
}
