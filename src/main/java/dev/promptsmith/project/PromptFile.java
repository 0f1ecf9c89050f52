package dev.promptsmith.project;

import dev.promptsmith.model.PromptVariant;
import java.util.Objects;
import java.util.Set;

/** Loads and renders {@code prompts/NAME.prompt.yaml}. */
final class PromptFile {

    /**
     * @param variant null when the file could not be read
     * @param source null when the file is read-only
     */
    record Loaded(PromptVariant variant, YamlSource<PromptVariant> source) {
    }

    private static final String KEYS = "system and messages";

    private final YamlFiles files;

    PromptFile(YamlFiles files) {
        this.files = files;
    }

    Loaded read(String name, SourceText text, ProblemLog log, SchemaFiles schemas, Set<String> exampleIds) {
        YamlFiles.Parsed parsed = files.parse(text, log, KEYS);
        if (parsed.root() == null) {
            return new Loaded(null, null);
        }
        if (parsed.document().root() == null) {
            log.warning(1, 1, "the prompt file is empty; expected keys such as " + KEYS);
        }
        PromptVariant variant = new PromptYamlReader(new YamlRead(log), schemas, exampleIds).read(name, parsed.root());
        YamlSource<PromptVariant> source = new YamlSource<>(ProjectLayout.promptPath(name), parsed.document(), variant);
        return new Loaded(variant, parsed.writable() ? source : null);
    }

    /** The file's new bytes, or the original bytes when nothing changed. */
    byte[] render(YamlSource<PromptVariant> source, PromptVariant value) {
        if (source != null && Objects.equals(source.baseline(), value)) {
            return source.document().source().bytes();
        }
        return files.render(source == null ? null : source.document(),
                new PromptYamlWriter().write(YamlFiles.rootOf(source), source == null ? null : source.baseline(), value));
    }
}
