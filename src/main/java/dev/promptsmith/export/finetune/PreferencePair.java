package dev.promptsmith.export.finetune;

import dev.promptsmith.model.ChatMessage;
import java.util.List;

/**
 * A reviewed pair for preference (DPO) training: the input conversation, the answer a person preferred
 * and the one they did not.
 *
 * @param testId the test case the input comes from, or null when it comes from elsewhere
 */
public record PreferencePair(String testId, List<ChatMessage> input, String preferred, String nonPreferred) {

    public PreferencePair {
        input = List.copyOf(input);
    }
}
