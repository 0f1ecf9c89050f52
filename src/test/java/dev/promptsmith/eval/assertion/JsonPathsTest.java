package dev.promptsmith.eval.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonPathsTest {

    @Test
    void translatesTheSupportedSubsetToJsonPointers() {
        assertThat(JsonPaths.pointer("$").toString()).isEmpty();
        assertThat(JsonPaths.pointer("$.total").toString()).isEqualTo("/total");
        assertThat(JsonPaths.pointer("$.line_items[0].amount").toString()).isEqualTo("/line_items/0/amount");
        assertThat(JsonPaths.pointer("$['odd key'][\"a.b\"]").toString()).isEqualTo("/odd key/a.b");
        assertThat(JsonPaths.pointer("$['a/b']").toString()).isEqualTo("/a~1b");
        assertThat(JsonPaths.pointer("vendor.vat_id").toString()).isEqualTo("/vendor/vat_id");
        assertThat(JsonPaths.pointer("/vendor/vat_id").toString()).isEqualTo("/vendor/vat_id");
    }

    @Test
    void refusesPathsThatSelectManyValues() {
        for (String path : new String[] {"$..total", "$.items[*]", "$.items[0:2]", "$.items[?(@.a)]", "$.", "$['open"}) {
            assertThatThrownBy(() -> JsonPaths.pointer(path)).as(path)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("unsupported JSON path");
        }
    }
}
