package dev.promptsmith.eval.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class CompiledPatternsTest {

    private final CompiledPatterns patterns = new CompiledPatterns();

    @Test
    void aRegexIsCompiledOnce() {
        assertThat(patterns.get("(?i)^billing$")).isSameAs(patterns.get("(?i)^billing$"));
    }

    @Test
    void anInvalidRegexThrowsEveryTime() {
        assertThatThrownBy(() -> patterns.get("(unclosed")).isInstanceOf(PatternSyntaxException.class);
        assertThatThrownBy(() -> patterns.get("(unclosed")).isInstanceOf(PatternSyntaxException.class);
    }

    @Test
    void manyDistinctRegexesStillCompileCorrectly() {
        for (int i = 0; i < 1000; i++) {
            assertThat(patterns.get("^" + i + "$").matcher(Integer.toString(i)).matches()).isTrue();
        }
    }
}
