package dev.promptsmith.export.finetune;

import dev.promptsmith.model.ChatMessage;
import java.util.List;

/**
 * One supervised training conversation: the prompt rendered for one input, ending with the wanted answer.
 *
 * @param source where it came from, in the user's words: {@code example ex-01} or {@code test t-005}
 */
public record TrainingExample(String source, List<ChatMessage> messages) {

    public TrainingExample {
        messages = List.copyOf(messages);
    }
}
