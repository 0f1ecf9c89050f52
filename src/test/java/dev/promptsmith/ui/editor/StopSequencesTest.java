package dev.promptsmith.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StopSequencesTest {

    @Test
    void commasAndLineBreaksSeparateAndPaddingIsDropped() {
        assertThat(StopSequences.parse(" ###,END \n Human: , ,")).containsExactly("###", "END", "Human:");
    }

    @Test
    void escapesGiveLineBreaksAndLiteralCommas() {
        assertThat(StopSequences.parse("\\n\\n, a\\,b, back\\\\slash")).containsExactly("\n\n", "a,b", "back\\slash");
    }

    @Test
    void formatRoundTrips() {
        List<String> stops = List.of("\n\n", "a,b", "###");

        assertThat(StopSequences.parse(StopSequences.format(stops))).isEqualTo(stops);
    }
}
