package dev.promptsmith.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One line of {@code tests.jsonl}: {@code {"id","vars","expected","assert","tags","split","note"}}. */
final class TestCaseJson implements JsonlCodec<TestCase> {

    private final ObjectMapper mapper;
    private final AssertionJson assertions;

    TestCaseJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.assertions = new AssertionJson(mapper);
    }

    @Override
    public String id(TestCase value) {
        return value.id();
    }

    @Override
    public Optional<TestCase> read(ObjectNode object, JsonRead read) {
        Optional<String> id = RecordIds.read(object, read, "t-001");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TestCase(id.get(),
                read.object(object.get("vars"), "/vars").orElse(Map.of()),
                JsonValues.toJava(object.get("expected")),
                assertions.readList(object.get("assert"), read),
                read.strings(object.get("tags"), "/tags").orElse(List.of()),
                read.choice(object.get("split"), "/split", Split::fromKey, List.of("dev", "heldout")).orElse(Split.DEV),
                read.text(object.get("note"), "/note").orElse(null)));
    }

    @Override
    public ObjectNode write(ObjectNode original, TestCase baseline, TestCase value) {
        return new JsonObjectEdit(original).fields(value, original == null ? null : baseline)
                .field("id", TestCase::id, (v, p) -> TextNode.valueOf(v))
                .field("vars", TestCase::vars, (v, p) -> JsonValues.toNode(mapper, v))
                .field("expected", TestCase::expected, (v, p) -> JsonValues.toNode(mapper, v))
                .field("assert", t -> emptyToNull(t.asserts()), assertions::writeList)
                .field("tags", t -> emptyToNull(t.tags()), (v, p) -> JsonValues.toNode(mapper, v))
                .field("split", t -> splitKey(t.split()), (v, p) -> TextNode.valueOf(v))
                .field("note", TestCase::note, (v, p) -> TextNode.valueOf(v))
                .build();
    }

    /** dev is the default and is left out of new lines. */
    private static String splitKey(Split split) {
        return split == Split.DEV ? null : split.key();
    }

    private static <E> List<E> emptyToNull(List<E> list) {
        return list.isEmpty() ? null : list;
    }
}
