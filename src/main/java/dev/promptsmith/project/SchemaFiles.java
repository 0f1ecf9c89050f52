package dev.promptsmith.project;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Checks the schema paths prompts refer to ({@code output.schema}) and remembers the ones that exist. */
final class SchemaFiles {

    private final Path projectDir;
    private final Set<String> referenced = new LinkedHashSet<>();

    SchemaFiles(Path projectDir) {
        this.projectDir = projectDir;
    }

    /** What is wrong with a schema path, phrased to follow "output.schema", or empty when it is fine. */
    Optional<String> check(String schema) {
        Path relative;
        try {
            relative = Path.of(schema).normalize();
        } catch (InvalidPathException e) {
            return Optional.of("'" + YamlNodes.shorten(schema) + "' is not a valid path; expected e.g. schemas/answer.json");
        }
        if (relative.isAbsolute() || relative.startsWith("..") || schema.isBlank()) {
            return Optional.of("must be a path inside the project folder such as schemas/answer.json, found '"
                    + YamlNodes.shorten(schema) + "'");
        }
        if (!Files.isRegularFile(projectDir.resolve(relative))) {
            return Optional.of("file '" + YamlNodes.shorten(schema) + "' does not exist; expected a JSON Schema file"
                    + " relative to the project folder");
        }
        referenced.add(relative.toString().replace('\\', '/'));
        return Optional.empty();
    }

    /** Project-relative paths of the existing schema files that prompts refer to. */
    Set<String> referenced() {
        return referenced;
    }
}
