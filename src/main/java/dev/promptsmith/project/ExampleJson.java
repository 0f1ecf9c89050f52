package dev.promptsmith.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.promptsmith.model.Example;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One line of {@code examples.jsonl}: {@code {"id","vars","output","tags","note"}}. */
final class ExampleJson implements JsonlCodec<Example> {

    private final ObjectMapper mapper;

    ExampleJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String id(Example value) {
        return value.id();
    }

    @Override
    public Optional<Example> read(ObjectNode object, JsonRead read) {
        Optional<String> id = RecordIds.read(object, read, "ex-01");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Example(id.get(),
                read.object(object.get("vars"), "/vars").orElse(Map.of()),
                read.text(object.get("output"), "/output").orElse(null),
                read.strings(object.get("tags"), "/tags").orElse(List.of()),
                read.text(object.get("note"), "/note").orElse(null)));
    }

    @Override
    public ObjectNode write(ObjectNode original, Example baseline, Example value) {
        return new JsonObjectEdit(original).fields(value, original == null ? null : baseline)
                .field("id", Example::id, (v, p) -> TextNode.valueOf(v))
                .field("vars", Example::vars, (v, p) -> JsonValues.toNode(mapper, v))
                .field("output", Example::output, (v, p) -> TextNode.valueOf(v))
                .field("tags", e -> emptyToNull(e.tags()), (v, p) -> JsonValues.toNode(mapper, v))
                .field("note", Example::note, (v, p) -> TextNode.valueOf(v))
                .build();
    }

    private static List<String> emptyToNull(List<String> list) {
        return list.isEmpty() ? null : list;
    }
}
