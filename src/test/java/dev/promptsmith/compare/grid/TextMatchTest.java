package dev.promptsmith.compare.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMatchTest {

    @Test
    void spacingIsNormalisedButWordBoundariesAreNot() {
        assertThat(TextMatch.sameIgnoringSpacing("billing\n", " billing")).isTrue();
        assertThat(TextMatch.sameIgnoringSpacing("a  b\tc", "a\nb c")).isTrue();
        assertThat(TextMatch.sameIgnoringSpacing("", "  \n")).isTrue();
        assertThat(TextMatch.sameIgnoringSpacing("ab", "a b")).isFalse();
        assertThat(TextMatch.sameIgnoringSpacing("a b", "a b c")).isFalse();
        assertThat(TextMatch.sameIgnoringSpacing("Billing", "billing")).isFalse();
    }
}
