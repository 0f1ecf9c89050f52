package dev.promptsmith.template;

/**
 * Something wrong in a prompt template, found while analysing or rendering it.
 *
 * @param part which text of the variant: {@code "system"}, {@code "messages[0]"} (the index in
 *             {@code variant.messages()}), {@code "example ex-01 / messages[0]"} for a few-shot turn,
 *             {@code "fewShot"} for the few-shot settings, or {@code ""} when the caller has not said
 * @param line 1-based line within that part's text; 0 when unknown
 * @param column 1-based column within that line; 0 when unknown
 */
public record TemplateProblem(String part, int line, int column, String message) {

    public TemplateProblem {
        part = part == null ? "" : part;
    }

    public TemplateProblem withPart(String value) {
        return new TemplateProblem(value, line, column, message);
    }

    /** {@code part:line:column: message}, like a compiler, so the editor can jump to it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(part);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(message).toString();
    }
}
