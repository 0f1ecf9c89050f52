package dev.promptsmith.project;

/**
 * A YAML project file as read, with the domain value it was read as.
 *
 * @param document the parsed file, or null when the file did not exist
 * @param baseline the value read from the file (or the default used when it did not exist); a save
 *                 compares against it to find out what the user changed
 */
record YamlSource<T>(String path, YamlDocument document, T baseline) {

    boolean exists() {
        return document != null;
    }
}
