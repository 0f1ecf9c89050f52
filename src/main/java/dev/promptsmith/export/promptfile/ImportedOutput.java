package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.OutputSpec;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads what output a file asks for; an inline JSON Schema becomes a project schema file. */
final class ImportedOutput {

    private ImportedOutput() {
    }

    /** OpenAI's {@code response_format}: {@code json_object}, {@code json_schema} or {@code text}. */
    static OutputSpec fromResponseFormat(Node node, String path, YamlInput yaml, ImportBuilder out) {
        MappingNode format = yaml.mapping(node, path).orElse(null);
        if (format == null) {
            return OutputSpec.TEXT;
        }
        String type = yaml.text(YamlInput.get(format, "type"), path + ".type").orElse("");
        switch (type) {
            case "json_object":
                return new OutputSpec(OutputFormat.JSON, null);
            case "json_schema":
                MappingNode jsonSchema = yaml.mapping(YamlInput.get(format, "json_schema"), path + ".json_schema").orElse(null);
                if (jsonSchema == null) {
                    yaml.error(node, path + " of type json_schema has no json_schema object; read as JSON output without a schema");
                    return new OutputSpec(OutputFormat.JSON, null);
                }
                String name = yaml.text(YamlInput.get(jsonSchema, "name"), path + ".json_schema.name").orElse("response");
                Node schema = YamlInput.get(jsonSchema, "schema");
                return withSchema(yaml.value(schema, path + ".json_schema.schema"), name, schema, yaml, out);
            case "text":
                return OutputSpec.TEXT;
            default:
                yaml.warning(node, path + ".type '" + type + "' is not imported; expected json_object, json_schema or text");
                return OutputSpec.TEXT;
        }
    }

    /** JSON output with {@code schema} stored as {@code schemas/NAME.json}, or without one when it is not an object. */
    static OutputSpec withSchema(Object schema, String name, Node at, YamlInput yaml, ImportBuilder out) {
        if (!(schema instanceof Map<?, ?>)) {
            if (schema != null) {
                yaml.error(at, "the output schema is not a JSON object; read as JSON output without a schema");
            }
            return new OutputSpec(OutputFormat.JSON, null);
        }
        String path = "schemas/" + PromptNames.usable(name, "response") + ".json";
        out.schemas.putIfAbsent(path, JsonOutput.write(schema));
        return new OutputSpec(OutputFormat.JSON, path);
    }
}
