package dev.promptsmith.provider;

/**
 * A model API. Calls block the calling thread and never throw for provider faults: failures come
 * back as {@link ChatResponse#error()}.
 */
public interface Provider {

    /** The registry key used in project files, e.g. {@code openai}. */
    String id();

    ChatResponse complete(ChatRequest request, StreamListener listener, CancelSignal cancel);
}
