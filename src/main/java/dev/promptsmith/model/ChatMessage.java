package dev.promptsmith.model;

/** One message of a rendered chat request, exactly as it will be sent. */
public record ChatMessage(Role role, String content) {

    public static ChatMessage system(String content) {
        return new ChatMessage(Role.SYSTEM, content);
    }

    public static ChatMessage user(String content) {
        return new ChatMessage(Role.USER, content);
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage(Role.ASSISTANT, content);
    }
}
