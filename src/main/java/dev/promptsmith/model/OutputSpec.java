package dev.promptsmith.model;

/**
 * What a prompt asks the model to produce.
 *
 * @param format {@code text} or {@code json}
 * @param schema path of a JSON Schema relative to the project folder (e.g. {@code schemas/invoice.json}), or null
 */
public record OutputSpec(OutputFormat format, String schema) {

    public static final OutputSpec TEXT = new OutputSpec(OutputFormat.TEXT, null);

    public OutputSpec {
        if (format == null) {
            format = OutputFormat.TEXT;
        }
    }
}
