package dev.promptsmith.export.promptfile;

import java.nio.file.Path;

/** An importer of one text file: reads it as UTF-8 (reporting why it cannot), then parses the text. */
abstract class TextFileImporter implements PromptFileImporter {

    private final String format;

    TextFileImporter(String format) {
        this.format = format;
    }

    @Override
    public final ImportResult read(Path file) {
        String name = String.valueOf(file.getFileName());
        ProblemList problems = new ProblemList(name);
        ImportBuilder out = new ImportBuilder(name, format, problems);
        ImportSource.read(file, problems).ifPresent(text -> parse(text, file, out));
        return out.build();
    }

    /** Reads {@code text}, the content of {@code file}, into {@code out}; problems go to {@code out.problems()}. */
    abstract void parse(String text, Path file, ImportBuilder out);
}
