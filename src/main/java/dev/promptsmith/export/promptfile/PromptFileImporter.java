package dev.promptsmith.export.promptfile;

import java.nio.file.Path;

/** Reads a portable prompt file into Promptsmith records; problems in the file come back as data. */
public interface PromptFileImporter {

    /** Reads {@code file}; files it refers to are resolved against its folder. Never throws for bad content. */
    ImportResult read(Path file);
}
