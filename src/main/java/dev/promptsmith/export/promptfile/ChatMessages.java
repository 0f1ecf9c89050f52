package dev.promptsmith.export.promptfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A prompt's turns as OpenAI-style chat messages whose contents are Jinja (Nunjucks) templates. */
final class ChatMessages {

    private ChatMessages() {
    }

    static List<Map<String, Object>> of(PortablePrompt prompt) {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (PortablePrompt.Turn turn : prompt.turns()) {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("role", turn.role().key());
            message.put("content", TemplateText.jinja(turn));
            messages.add(message);
        }
        return messages;
    }
}
