package dev.promptsmith.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Builds an edited copy of a JSONL record object: unchanged fields keep their original value nodes,
 * changed fields are replaced where they stand, new fields go at the end, unset fields are removed,
 * and unknown fields are left alone.
 */
final class JsonObjectEdit {

    private final ObjectNode node;

    JsonObjectEdit(ObjectNode original) {
        this.node = original == null ? JsonNodeFactory.instance.objectNode() : original.deepCopy();
    }

    /** @param render makes the value node from the new value and the previous value node (null if none) */
    <T> JsonObjectEdit put(String key, T value, T baseline, BiFunction<T, JsonNode, JsonNode> render) {
        if (Objects.equals(value, baseline)) {
            return this;
        }
        if (value == null) {
            node.remove(key);
        } else {
            node.set(key, render.apply(value, node.get(key)));
        }
        return this;
    }

    /** Edits the fields of one record: each field's value in {@code value} against its value in {@code baseline}. */
    <R> Fields<R> fields(R value, R baseline) {
        return new Fields<>(value, baseline);
    }

    /** The fields of one record, put one by one; a null baseline means every set field is new. */
    final class Fields<R> {
        private final R value;
        private final R baseline;

        private Fields(R value, R baseline) {
            this.value = value;
            this.baseline = baseline;
        }

        <T> Fields<R> field(String key, Function<R, T> get, BiFunction<T, JsonNode, JsonNode> render) {
            put(key, get.apply(value), baseline == null ? null : get.apply(baseline), render);
            return this;
        }

        ObjectNode build() {
            return JsonObjectEdit.this.build();
        }
    }

    ObjectNode build() {
        return node;
    }
}
