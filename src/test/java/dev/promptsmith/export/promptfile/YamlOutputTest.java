package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlOutputTest {

    @Test
    void textThatYaml11ReadersTakeForSomethingElseIsQuoted() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String text : List.of("2024-03-05", "yes", "off", "10:00", "0755", "1_000", "~", "plain text")) {
            values.put(text, text);
        }

        assertThat(YamlOutput.write(values)).isEqualTo(String.join("\n",
                "'2024-03-05': '2024-03-05'", "'yes': 'yes'", "'off': 'off'", "'10:00': '10:00'", "'0755': '0755'",
                "'1_000': '1_000'", "'~': '~'", "plain text: plain text", ""));
    }

    @Test
    void multiLineTextIsALiteralBlockKeepingBlankLinesUnlessALineEndsInASpace() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("block", "first\n\nthird\n");
        values.put("spaced", "ends in a space \nnext");

        assertThat(YamlOutput.write(values))
                .isEqualTo("block: |\n  first\n\n  third\nspaced: \"ends in a space \\nnext\"\n");
    }

    @Test
    void numbersKeepTheirShortestExactForm() {
        assertThat(YamlOutput.write(Map.of("n", 0.0))).isEqualTo("n: 0\n");
        assertThat(YamlOutput.write(Map.of("n", 0.7))).isEqualTo("n: 0.7\n");
    }
}
