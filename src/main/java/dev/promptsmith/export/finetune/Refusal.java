package dev.promptsmith.export.finetune;

/** Something left out of a dataset, and why, so that nothing is dropped without a word. */
public record Refusal(String source, String reason) {

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
