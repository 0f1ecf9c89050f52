package dev.promptsmith.provider.http;

/** Where a stream decoder puts the answer's text as it arrives. */
@FunctionalInterface
public interface StreamSink {

    void text(String delta);
}
