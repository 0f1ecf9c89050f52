package dev.promptsmith.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test projects on disk: the rich fixture and small hand-written ones. */
final class ProjectFixtures {

    static final String CRLF_PROMPT = "prompts/triage-fewshot.prompt.yaml";
    static final String NO_FINAL_NEWLINE = "examples.jsonl";

    private ProjectFixtures() {
    }

    /**
     * Copies the rich fixture (comments, blank lines, odd quoting, unknown keys) into {@code dir}; one
     * prompt gets CRLF line breaks and examples.jsonl loses its final newline, both made here so no
     * editor or git setting can normalise them in the resource files.
     */
    static Path rich(Path dir) {
        try {
            Path source = Path.of(ProjectFixtures.class.getResource("rich").toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = dir.resolve(source.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        write(dir, CRLF_PROMPT, read(dir, CRLF_PROMPT).replace("\n", "\r\n"));
        write(dir, NO_FINAL_NEWLINE, read(dir, NO_FINAL_NEWLINE).stripTrailing());
        return dir;
    }

    /** A minimal valid project with the given prompt files ("name" -> YAML). */
    static Path minimal(Path dir, Map<String, String> prompts) {
        write(dir, "promptsmith.yaml", "formatVersion: 1\nname: Minimal\nmodels:\n  - id: echo\n    provider: echo\n    model: echo\n");
        prompts.forEach((name, yaml) -> write(dir, "prompts/" + name + ".prompt.yaml", yaml));
        return dir;
    }

    static void write(Path dir, String relativePath, String content) {
        writeBytes(dir, relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    static void writeBytes(Path dir, String relativePath, byte[] content) {
        try {
            Path target = dir.resolve(relativePath);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path dir, String relativePath) {
        try {
            return Files.readString(dir.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under dir by relative path, to compare folders byte for byte. */
    static Map<String, byte[]> allFiles(Path dir) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
