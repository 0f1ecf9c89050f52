package dev.promptsmith.compare.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPrettyTest {

    @Test
    void anObjectIsIndentedTwoSpacesALevelWithNumbersAsWritten() {
        assertThat(JsonPretty.format("{\"total\":1.10,\"items\":[{\"sku\":\"A1\"},2],\"tags\":[],\"meta\":{}}"))
                .isEqualTo("""
                        {
                          "total": 1.10,
                          "items": [
                            {
                              "sku": "A1"
                            },
                            2
                          ],
                          "tags": [],
                          "meta": {}
                        }""");
    }

    @Test
    void fencedJsonIsShownWithoutItsFence() {
        assertThat(JsonPretty.format("```json\n[1,2]\n```")).isEqualTo("[\n  1,\n  2\n]");
    }

    @Test
    void proseScalarsAndBrokenJsonAreLeftExactlyAsTheyCame() {
        assertThat(JsonPretty.format("The answer is {\"a\": 1}.")).isEqualTo("The answer is {\"a\": 1}.");
        assertThat(JsonPretty.format(" 42 ")).isEqualTo(" 42 ");
        assertThat(JsonPretty.format("\"billing\"")).isEqualTo("\"billing\"");
        assertThat(JsonPretty.format("{\"a\": 1,}")).isEqualTo("{\"a\": 1,}");
        assertThat(JsonPretty.format("")).isEmpty();
    }
}
