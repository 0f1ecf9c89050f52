package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.Project;
import java.util.Map;

/** The JSON Schema a prompt's output names, read from the project as plain values. */
final class OutputSchemas {

    private OutputSchemas() {
    }

    /** The parsed schema, or null when the prompt names none or it cannot be read (reported). */
    static Map<String, Object> schema(Project project, OutputSpec output, ProblemList problems) {
        if (output.format() != OutputFormat.JSON || output.schema() == null) {
            return null;
        }
        return read(project, output.schema(), problems.forFile(output.schema()));
    }

    /** A schema of the project by its path, as plain values; null (reported) when missing or not an object. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Project project, String path, ProblemList problems) {
        String text = project.schema(path).orElse(null);
        Object parsed = text == null ? null : JsonOutput.parse(text);
        if (parsed instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        problems.error(0, text == null
                ? "the schema is not loaded in the project; the export refers to it without its content"
                : "the schema is not a JSON object; the export leaves it out");
        return null;
    }

    /** A short name for the schema: its file name without {@code .json}, as OpenAI's json_schema.name wants. */
    static String name(OutputSpec output) {
        String path = output.schema();
        if (path == null) {
            return "response";
        }
        return path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.json$", "").replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
