package dev.promptsmith.provider.openai;

/** Picks the text of an answer: its content, or the model's refusal when there is no content. */
final class OpenAiAnswer {

    private OpenAiAnswer() {
    }

    /**
     * Structured Outputs sends a refusal in {@code refusal} with {@code content} null; the refusal is the
     * answer then, so the cell shows why there is no JSON and JSON assertions fail on it as they should.
     * Empty strings count as absent: some servers send {@code ""} in fields they do not use.
     */
    static String text(String content, String refusal) {
        if (content != null && !content.isEmpty()) {
            return content;
        }
        if (refusal != null && !refusal.isEmpty()) {
            return refusal;
        }
        return "";
    }
}
