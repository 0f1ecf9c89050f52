package dev.promptsmith.export.finetune;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Claude fine-tuning on Amazon Bedrock (reference §4.5): {@code {"system":"…","messages":[…]}} per line,
 * no other keys. The format's rules are checked per example, and an example that breaks one is
 * refused with the rule: at least two messages, the first from the user, the last from the assistant,
 * roles alternating, and system text only before the conversation.
 */
public final class BedrockClaudeFormat implements DatasetFormat {

    private final JsonLines json = new JsonLines();

    @Override
    public String id() {
        return "bedrock-claude";
    }

    @Override
    public String displayName() {
        return "Claude on Amazon Bedrock (JSONL)";
    }

    @Override
    public DatasetFile write(List<TrainingExample> examples) {
        StringBuilder out = new StringBuilder();
        List<Refusal> refused = new ArrayList<>();
        int lines = 0;
        for (TrainingExample example : examples) {
            Optional<String> broken = brokenRule(example.messages());
            if (broken.isPresent()) {
                refused.add(new Refusal(example.source(), broken.get()));
                continue;
            }
            out.append(json.line(line(example.messages())));
            lines++;
        }
        return new DatasetFile(out.toString(), lines, refused);
    }

    private ObjectNode line(List<ChatMessage> messages) {
        ObjectNode line = json.object();
        String system = messages.stream().filter(m -> m.role() == Role.SYSTEM).map(ChatMessage::content)
                .collect(Collectors.joining("\n\n"));
        if (!system.isEmpty()) {
            line.put("system", system);
        }
        line.set("messages", json.messages(conversation(messages)));
        return line;
    }

    private static List<ChatMessage> conversation(List<ChatMessage> messages) {
        return messages.stream().filter(m -> m.role() != Role.SYSTEM).toList();
    }

    private static Optional<String> brokenRule(List<ChatMessage> messages) {
        boolean talked = false;
        for (ChatMessage message : messages) {
            if (message.role() == Role.SYSTEM && talked) {
                return Optional.of("Bedrock takes system text only before the conversation, and this one has a system message inside it");
            }
            talked |= message.role() != Role.SYSTEM;
        }
        List<ChatMessage> turns = conversation(messages);
        if (turns.size() < 2) {
            return Optional.of("Bedrock needs at least two messages, a user turn and an assistant turn");
        }
        if (turns.get(0).role() != Role.USER) {
            return Optional.of("Bedrock needs the first message to be from the user");
        }
        if (turns.get(turns.size() - 1).role() != Role.ASSISTANT) {
            return Optional.of("Bedrock needs the last message to be from the assistant");
        }
        for (int i = 1; i < turns.size(); i++) {
            if (turns.get(i).role() == turns.get(i - 1).role()) {
                return Optional.of("Bedrock needs user and assistant turns to alternate, and messages " + i + " and "
                        + (i + 1) + " are both " + turns.get(i).role().key() + " turns");
            }
        }
        return Optional.empty();
    }
}
