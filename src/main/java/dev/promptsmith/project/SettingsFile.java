package dev.promptsmith.project;

import dev.promptsmith.model.ProjectSettings;
import java.util.Objects;

/** Loads and renders {@code promptsmith.yaml}. */
final class SettingsFile {

    /** @param source null when the file is read-only */
    record Loaded(ProjectSettings settings, YamlSource<ProjectSettings> source) {
    }

    private static final String KEYS = "formatVersion, name and models";

    private final YamlFiles files;

    SettingsFile(YamlFiles files) {
        this.files = files;
    }

    Loaded read(SourceText text, String folderName, ProblemLog log) {
        YamlFiles.Parsed parsed = files.parse(text, log, KEYS);
        if (parsed.root() == null) {
            return new Loaded(ProjectSettings.named(folderName), null);
        }
        SettingsYamlReader.Result result = new SettingsYamlReader(new YamlRead(log)).read(parsed.root(), folderName);
        boolean writable = parsed.writable() && result.writable();
        YamlSource<ProjectSettings> source = new YamlSource<>(ProjectLayout.SETTINGS, parsed.document(), result.settings());
        return new Loaded(result.settings(), writable ? source : null);
    }

    /** A missing file: the project opens with default settings named after its folder. */
    Loaded missing(String folderName, ProblemLog log) {
        log.error(0, 0, ProjectLayout.SETTINGS + " is missing; expected the project settings file with formatVersion: "
                + ProjectLayout.FORMAT_VERSION + " and a name (the folder name is used for now)");
        ProjectSettings defaults = ProjectSettings.named(folderName);
        return new Loaded(defaults, new YamlSource<>(ProjectLayout.SETTINGS, null, defaults));
    }

    /** The file's new bytes; the original bytes when nothing changed; null when no file should exist. */
    byte[] render(YamlSource<ProjectSettings> source, ProjectSettings value) {
        if (source != null && Objects.equals(source.baseline(), value)) {
            return source.exists() ? source.document().source().bytes() : null;
        }
        ProjectSettings baseline = source == null ? null : source.baseline();
        return files.render(source == null ? null : source.document(),
                new SettingsYamlWriter().write(YamlFiles.rootOf(source), baseline, value));
    }
}
