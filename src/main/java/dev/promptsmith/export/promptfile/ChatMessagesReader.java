package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads an OpenAI-style messages array ({@code [{role, content}]}) into a system prompt and message
 * templates: the first system (or developer) message is the system prompt; text parts are joined;
 * images, tool calls and tool results are reported.
 */
final class ChatMessagesReader {

    /** The system prompt and the messages after it. */
    record Chat(String system, List<MessageTemplate> messages) {
    }

    private ChatMessagesReader() {
    }

    static Chat read(SequenceNode list, String path, YamlInput yaml) {
        String system = "";
        List<MessageTemplate> messages = new ArrayList<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            Node item = list.getValue().get(i);
            String at = path + "[" + i + "]";
            Optional<MappingNode> message = yaml.mapping(item, at);
            if (message.isEmpty()) {
                continue;
            }
            MappingNode m = message.get();
            String role = yaml.text(YamlInput.get(m, "role"), at + ".role").orElse("");
            Optional<String> content = content(YamlInput.get(m, "content"), at + ".content", yaml);
            YamlInput.keys(m).forEach((key, keyNode) -> {
                if (!key.equals("role") && !key.equals("content")) {
                    yaml.warning(keyNode, at + "." + key + " is not imported");
                }
            });
            if (content.isEmpty()) {
                yaml.error(item, at + " has no text content; the message is not imported");
                continue;
            }
            switch (role) {
                case "system", "developer" -> {
                    if (messages.isEmpty() && system.isEmpty()) {
                        system = content.get();
                    } else {
                        yaml.error(item, at + " is a system message after other messages; it is not imported:"
                                + " a Promptsmith prompt has one system prompt, first");
                    }
                }
                case "user" -> messages.add(new MessageTemplate(Role.USER, content.get()));
                case "assistant" -> messages.add(new MessageTemplate(Role.ASSISTANT, content.get()));
                case "" -> yaml.error(item, at + " has no role; expected system, user or assistant");
                default -> yaml.error(item, at + " has the role '" + role + "', which is not imported;"
                        + " expected system, user or assistant");
            }
        }
        return new Chat(system, messages);
    }

    /** A string, or the text parts of a content array joined (other parts reported). */
    private static Optional<String> content(Node node, String path, YamlInput yaml) {
        if (node instanceof ScalarNode s && !YamlInput.isNull(s)) {
            return Optional.of(s.getValue());
        }
        Optional<SequenceNode> parts = yaml.list(node, path);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (Node part : parts.get().getValue()) {
            Optional<MappingNode> p = yaml.mapping(part, path + "[]");
            String type = p.flatMap(m -> yaml.text(YamlInput.get(m, "type"), path + "[].type")).orElse("");
            if (type.equals("text")) {
                text.append(p.flatMap(m -> yaml.text(YamlInput.get(m, "text"), path + "[].text")).orElse(""));
            } else if (p.isPresent()) {
                yaml.warning(part, path + " has a '" + type + "' part, which is not imported; only text is");
            }
        }
        return Optional.of(text.toString());
    }
}
