package dev.promptsmith.provider.http;

/** How a streaming response body is cut into events. */
public enum Framing {
    /** Server-sent events: {@code event:} and {@code data:} lines, events end at a blank line. */
    SSE,
    /** One JSON object per line (Ollama). */
    NDJSON
}
