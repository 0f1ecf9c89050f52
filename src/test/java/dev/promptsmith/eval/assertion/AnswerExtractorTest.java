package dev.promptsmith.eval.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class AnswerExtractorTest {

    @Test
    void lastLineSkipsTrailingBlankLines() {
        ExtractedAnswer answer = AnswerExtractor.extract("Let me think.\nThe fee applies.\n  Answer: $15  \n\n", Extraction.lastLine());
        assertThat(answer).isEqualTo(ExtractedAnswer.found("Answer: $15"));
        assertThat(AnswerExtractor.extract(" \n", Extraction.lastLine()).problem()).isEqualTo("The output is empty");
    }

    @Test
    void xmlTagTakesTheLastOccurrenceTrimmed() throws IOException {
        String output = JsonAssertionsTest.resource("cot-triage-output.txt");
        assertThat(AnswerExtractor.extract(output, Extraction.xmlTag("label")).text()).isEqualTo("refund");
        assertThat(AnswerExtractor.extract("<ANSWER type=\"final\">42</ANSWER>", Extraction.xmlTag("answer")).text())
                .isEqualTo("42");
    }

    @Test
    void xmlTagMissingKeepsTheOutputAndSaysWhy() {
        ExtractedAnswer answer = AnswerExtractor.extract("<label>unfinished", Extraction.xmlTag("label"));
        assertThat(answer.isFound()).isFalse();
        assertThat(answer.text()).isEqualTo("<label>unfinished");
        assertThat(answer.problem()).isEqualTo("No <label> tag in the output");
    }

    @Test
    void regexUsesTheNamedGroupAnswerThenGroupOneThenTheMatch() {
        String output = "Answer: maybe 10\nFinal answer: 12";
        assertThat(AnswerExtractor.extract(output, Extraction.regex("(?i)answer:\\s*(?:maybe )?(?<answer>\\d+)")).text())
                .isEqualTo("12");
        assertThat(AnswerExtractor.extract(output, Extraction.regex("answer: (\\d+)")).text()).isEqualTo("12");
        assertThat(AnswerExtractor.extract(output, Extraction.regex("\\d+")).text()).isEqualTo("12");
    }

    @Test
    void regexWithoutMatchOrWithASyntaxErrorIsReported() {
        assertThat(AnswerExtractor.extract("none", Extraction.regex("answer: (\\d+)")).problem())
                .isEqualTo("No match for /answer: (\\d+)/ in the output");
        assertThat(AnswerExtractor.extract("none", Extraction.regex("(")).problem()).startsWith("Invalid extraction regex /(/");
    }

    @Test
    void jsonPathReadsFromTheOutputsJson() {
        String output = "Here it is:\n```json\n{\"label\": \"billing\", \"scores\": {\"billing\": 0.9}}\n```";
        assertThat(AnswerExtractor.extract(output, Extraction.jsonPath("$.label")).text()).isEqualTo("billing");
        assertThat(AnswerExtractor.extract(output, Extraction.jsonPath("$.scores")).text()).isEqualTo("{\"billing\":0.9}");
        assertThat(AnswerExtractor.extract(output, Extraction.jsonPath("$.nope")).problem())
                .isEqualTo("$.nope is missing from the output JSON");
        assertThat(AnswerExtractor.extract("no json", Extraction.jsonPath("$.label")).problem())
                .isEqualTo("No JSON in the output to read $.label from");
    }

    @Test
    void extractionTypesHaveFileNames() {
        assertThat(Extraction.Type.fromKey("xml")).contains(Extraction.Type.XML_TAG);
        assertThat(Extraction.Type.fromKey("json-path")).contains(Extraction.Type.JSON_PATH);
        assertThat(Extraction.Type.fromKey("nope")).isEmpty();
        assertThatThrownBy(() -> new Extraction(Extraction.Type.REGEX, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
