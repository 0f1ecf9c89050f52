package dev.promptsmith.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.promptsmith.model.Assertion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes the {@code assert} list of a test case. */
final class AssertionJson {

    private final ObjectMapper mapper;

    AssertionJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    List<Assertion> readList(JsonNode node, JsonRead read) {
        List<Assertion> out = new ArrayList<>();
        read.array(node, "/assert").ifPresent(array -> {
            for (int i = 0; i < array.size(); i++) {
                read(array.get(i), "/assert/" + i, read).ifPresent(out::add);
            }
        });
        return out;
    }

    /** The edited array, merged element by element so unknown keys inside assertions survive. */
    JsonNode writeList(List<Assertion> values, JsonNode previous) {
        List<ListMerge.Slot<JsonNode, Assertion>> slots = new ArrayList<>();
        if (previous instanceof ArrayNode array) {
            JsonRead quiet = new JsonRead(ProblemLog.discarding(""), null, 0, "");
            for (int i = 0; i < array.size(); i++) {
                slots.add(new ListMerge.Slot<>(array.get(i), read(array.get(i), "/assert/" + i, quiet).orElse(null)));
            }
        }
        List<JsonNode> items = ListMerge.merge(slots, values, a -> a, true,
                (slot, value) -> write(value, slot == null ? null : slot.baseline(), slot == null ? null : slot.node()));
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        items.forEach(out::add);
        return out;
    }

    private Optional<Assertion> read(JsonNode node, String pointer, JsonRead read) {
        if (!(node instanceof ObjectNode object)) {
            read.error(pointer, JsonValues.displayPath(pointer) + " must be an object with a type, found "
                    + JsonValues.describe(node));
            return Optional.empty();
        }
        Optional<String> type = read.text(object.get("type"), pointer + "/type").filter(t -> !t.isBlank());
        if (type.isEmpty()) {
            if (JsonRead.absent(object.get("type"))) {
                read.error(pointer, JsonValues.displayPath(pointer)
                        + ".type is missing; expected an assertion type such as equals");
            }
            return Optional.empty();
        }
        return Optional.of(new Assertion(type.get(),
                JsonValues.toJava(object.get("value")),
                read.number(object.get("weight"), pointer + "/weight").orElse(null),
                read.number(object.get("threshold"), pointer + "/threshold").orElse(null)));
    }

    private JsonNode write(Assertion value, Assertion baseline, JsonNode previous) {
        ObjectNode old = previous instanceof ObjectNode o ? o : null;
        return new JsonObjectEdit(old).fields(value, old == null ? null : baseline)
                .field("type", Assertion::type, (v, p) -> TextNode.valueOf(v))
                .field("value", Assertion::value, (v, p) -> JsonValues.toNode(mapper, v))
                .field("weight", Assertion::weight, (v, p) -> DoubleNode.valueOf(v))
                .field("threshold", Assertion::threshold, (v, p) -> DoubleNode.valueOf(v))
                .build();
    }
}
