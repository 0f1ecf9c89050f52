package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsRegexTest {

    @Test
    void aLeadingCaseFlagBecomesCaseClassesOutsideEscapesAndGroupNames() {
        assertThat(JsRegex.toJavaScript("(?i)^\\s*(?<label>bill|tech)\\b").regex())
                .isEqualTo("^\\s*(?<label>[bB][iI][lL][lL]|[tT][eE][cC][hH])\\b");
    }

    @Test
    void insideAClassUnderTheCaseFlagBothCasesAreListed() {
        assertThat(JsRegex.toJavaScript("(?i)[a-cx]+").regex()).isEqualTo("[a-cA-CxX]+");
    }

    @Test
    void regexesWithoutFlagsPassUnchanged() {
        assertThat(JsRegex.toJavaScript("^\\d{3}-\\d{2}$").regex()).isEqualTo("^\\d{3}-\\d{2}$");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\\Abilling\\z            | \\A (input boundary) is Java-only",
            "a++                      | possessive quantifiers",
            "(?>ab)                   | atomic groups",
            "(?s)a.b                  | inline flags",
            "\\p{Lu}                  | u flag",
            "[a-z&&[^q]]              | nested or intersected",
            "\\QC++\\E                | quoting is Java-only"})
    void javaOnlySyntaxIsRefusedWithTheConstructNamed(String java, String reason) {
        JsRegex.Translation translation = JsRegex.toJavaScript(java);

        assertThat(translation.ok()).isFalse();
        assertThat(translation.refusal()).contains(reason);
    }

    @Test
    void caseClassesCollapseBackToTheFlagOnImport() {
        String original = "(?i)^\\s*billing\\s*$|<label>\\s*billing\\s*</label>";

        assertThat(JsRegex.toJava(JsRegex.toJavaScript(original).regex())).contains(original);
    }

    @Test
    void aTranslationMatchesWhatTheOriginalMatches() {
        String java = "(?i)^(refund|money back)\\b";
        Pattern translated = Pattern.compile(JsRegex.toJavaScript(java).regex());

        for (String text : new String[] {"Refund please", "MONEY BACK now", "refunds", "no refund"}) {
            assertThat(translated.matcher(text).find()).as(text).isEqualTo(Pattern.compile(java).matcher(text).find());
        }
    }

    @Test
    void mixedClassesStayAsWrittenAndInvalidJavaIsRefused() {
        assertThat(JsRegex.toJava("[bB]ill[a-z]")).contains("[bB]ill[a-z]");
        assertThat(JsRegex.toJava("[^]")).isEmpty();
    }
}
