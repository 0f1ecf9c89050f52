package dev.promptsmith.export.code;

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
