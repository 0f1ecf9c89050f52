package dev.promptsmith.export.code;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Comment text for generated files. Names come from the project, so each line is made safe first:
 * a line break or a Java {@code \}{@code u} escape in a name could otherwise end the comment and
 * turn the rest of the name into code.
 */
final class Comments {

    private Comments() {
    }

    /** What every export says about itself first. */
    static List<String> heading(CodeExportRequest request) {
        return List.of("Prompt \"" + request.prompt().name() + "\" on model \"" + request.model().model()
                + "\" (provider " + request.provider().id() + "), exported by Promptsmith.");
    }

    /**
     * The heading, then {@code via} (how the code sends the request), then where the key and the
     * address come from: the header every SDK export starts with.
     */
    static List<String> header(CodeExportRequest request, String via) {
        List<String> lines = new ArrayList<>(heading(request));
        lines.add(via);
        String key = request.keyVariable();
        lines.add(key == null ? "The server takes no API key." : "The API key is read from " + key + "; it is not stored in this file.");
        lines.add("Set " + CodeExporter.BASE_URL_VARIABLE + " to send the request to another address.");
        return lines;
    }

    /** {@code # line} comments (bash, Python). */
    static String hashed(List<String> lines) {
        return lines.stream().map(line -> "# " + safe(line) + "\n").collect(Collectors.joining());
    }

    /** {@code // line} comments (JavaScript, TypeScript, Java), indented by {@code indent}. */
    static String slashed(List<String> lines, String indent) {
        return lines.stream().map(line -> indent + "// " + safe(line) + "\n").collect(Collectors.joining());
    }

    static String safe(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.LINE_SEPARATOR
                    || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
            } else if (cp == '\\') {
                out.append('/');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
