package dev.promptsmith.ui.inspector;

/** The request's size for one selected model, e.g. {@code gpt-4o-mini: 412 (o200k_base)} or {@code ≈400}. */
public record TokenRow(String modelId, String count, String method) {
}
