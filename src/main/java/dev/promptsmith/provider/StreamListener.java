package dev.promptsmith.provider;

/** Receives text as it arrives. Called from the thread doing the call; implementations must be quick. */
@FunctionalInterface
public interface StreamListener {

    StreamListener IGNORE = delta -> { };

    void onText(String delta);
}
