package dev.promptsmith.model;

/**
 * What a prompt asks the model to produce.
 *
 * @param format {@code text} or {@code json}
 * @param schema path of a JSON Schema relative to the project folder (e.g. {@code schemas/invoice.json}), or null
 * @param extract how to find the final answer in the output before scoring, or null to score it whole
 */
public record OutputSpec(OutputFormat format, String schema, AnswerExtraction extract) {

    public static final OutputSpec TEXT = new OutputSpec(OutputFormat.TEXT, null, null);

    public OutputSpec {
        if (format == null) {
            format = OutputFormat.TEXT;
        }
    }

    public OutputSpec(OutputFormat format, String schema) {
        this(format, schema, null);
    }
}
