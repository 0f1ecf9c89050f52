package dev.promptsmith.export.promptfile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads an imported file (or a file it refers to) as UTF-8 text, reporting what prevents it. */
final class ImportSource {

    /** Prompt files are small; a larger file is almost certainly not one. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private ImportSource() {
    }

    static Optional<String> read(Path file, ProblemList problems) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.error(0, "the file is larger than " + (MAX_BYTES >> 20) + " MB; it is not a prompt file");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (NoSuchFileException e) {
            problems.error(0, "the file does not exist");
        } catch (CharacterCodingException e) {
            problems.error(0, "the file is not UTF-8 text; save it as UTF-8 and import it again");
        } catch (IOException e) {
            problems.error(0, "the file cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }
}
