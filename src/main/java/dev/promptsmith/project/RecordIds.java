package dev.promptsmith.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The required {@code id} of a JSONL record. */
final class RecordIds {

    private RecordIds() {
    }

    static Optional<String> read(ObjectNode object, JsonRead read, String example) {
        if (JsonRead.absent(object.get("id"))) {
            read.error("", "id is missing; expected a unique string id such as \"" + example + "\"");
            return Optional.empty();
        }
        Optional<String> id = read.text(object.get("id"), "/id");
        if (id.isPresent() && id.get().isBlank()) {
            read.error("/id", "id is empty; expected a unique string id such as \"" + example + "\"");
            return Optional.empty();
        }
        return id;
    }
}
