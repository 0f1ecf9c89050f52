package dev.promptsmith.export.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpochRuleTest {

    @ParameterizedTest(name = "{0} examples -> {1} epochs")
    @CsvSource({"1, 25", "3, 25", "4, 25", "5, 20", "10, 10", "33, 3", "34, 3", "100, 3", "8333, 3", "8334, 2",
        "10000, 2", "25000, 1", "30000, 1"})
    void followsTheCookbooksDefault(int examples, int epochs) {
        assertThat(EpochRule.defaultEpochs(examples)).isEqualTo(epochs);
    }
}
