package dev.promptsmith.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.model.Problem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the JSON Schema files of a project: every {@code schemas/*.json} is kept in the snapshot (so
 * Save As copies it), and each schema a prompt refers to must be a JSON object.
 */
final class SchemaCheck {

    private final ObjectMapper mapper;
    private final FolderReader folder;
    private final List<Problem> problems;

    SchemaCheck(ObjectMapper mapper, FolderReader folder, List<Problem> problems) {
        this.mapper = mapper;
        this.folder = folder;
        this.problems = problems;
    }

    /** Checks the referenced schemas and returns the valid ones' text by path, for structured output. */
    Map<String, String> check(Set<String> referenced) {
        for (String path : folder.list(ProjectLayout.SCHEMAS_DIR, ".json")) {
            if (!referenced.contains(path)) {
                folder.read(path);
            }
        }
        Map<String, String> valid = new TreeMap<>();
        for (String path : referenced) {
            folder.read(path).filter(text -> validate(path, text)).ifPresent(text -> valid.put(path, text.text()));
        }
        return valid;
    }

    private boolean validate(String path, SourceText text) {
        try {
            JsonNode schema = mapper.readTree(text.text());
            if (schema == null || !schema.isObject()) {
                problems.add(Problem.error(path, 1, 1, "a JSON Schema must be a JSON object, found "
                        + (schema == null || schema.isMissingNode() ? "an empty file" : JsonValues.describe(schema))));
                return false;
            }
            return true;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            problems.add(Problem.error(path, line, column, "invalid JSON in schema: "
                    + Optional.ofNullable(e.getOriginalMessage()).map(m -> m.lines().findFirst().orElse("")).orElse("")));
            return false;
        }
    }
}
