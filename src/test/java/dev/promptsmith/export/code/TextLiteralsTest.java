package dev.promptsmith.export.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Escapes that the run tests would only catch indirectly. */
class TextLiteralsTest {

    @Test
    void javaControlCharactersUseOctalEscapesNeverUnicodeEscapes() {
        assertThat(JavaText.literal("a\u0007b\u0000\u001b\"\\u000a")).isEqualTo("\"a\\007b\\000\\033\\\"\\\\u000a\"");
    }

    @Test
    void longJavaTextIsJoinedAtRunTimeInChunksBelowTheConstantLimit() {
        String text = "x".repeat(20_000) + "\n" + "y".repeat(10);
        String expression = JavaText.expression(text, "");

        assertThat(expression).startsWith("String.join(\"\",");
        assertThat(expression.lines().mapToInt(String::length).max().orElse(0)).isLessThan(9_000);
    }

    @Test
    void pythonTripleQuotesEscapeQuotesAndInvisibleCharacters() {
        assertThat(PythonText.literal("line one is long enough for triple quotes\n\"\"\"end\u2028\u200b"))
                .isEqualTo("\"\"\"\\\nline one is long enough for triple quotes\n\\\"\\\"\\\"end\\u2028\\u200b\"\"\"");
    }

    @Test
    void javascriptTemplateLiteralsEscapeBackticksAndInterpolation() {
        assertThat(JsText.literal("`${HOME}` $HOME and a line long enough to be a template\nend"))
                .isEqualTo("`\\`\\${HOME}\\` $HOME and a line long enough to be a template\nend`");
    }

    @Test
    void shellQuotingSurvivesSingleQuotes() {
        assertThat(ShellQuoting.quote("it's $(x)")).isEqualTo("'it'\\''s $(x)'");
    }

    @Test
    void commentsCannotBeEndedByANameWithALineBreakOrAUnicodeEscape() {
        assertThat(Comments.safe("a\nb\\u000a c\u2028d")).isEqualTo("a b/u000a c d");
    }
}
