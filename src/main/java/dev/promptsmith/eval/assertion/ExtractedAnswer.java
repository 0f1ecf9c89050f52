package dev.promptsmith.eval.assertion;

/**
 * The answer taken out of an output.
 *
 * @param text the answer; the unchanged output when nothing was found
 * @param problem why nothing was found, e.g. "No <label> tag in the output"; null when found
 */
public record ExtractedAnswer(String text, String problem) {

    public static ExtractedAnswer found(String text) {
        return new ExtractedAnswer(text, null);
    }

    public static ExtractedAnswer missing(String output, String problem) {
        return new ExtractedAnswer(output, problem);
    }

    public boolean isFound() {
        return problem == null;
    }
}
