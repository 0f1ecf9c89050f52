package dev.promptsmith.export.code;

import java.util.regex.Pattern;

/** Quoting for bash: single quotes, inside which nothing expands, with {@code '\''} for a quote. */
final class ShellQuoting {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ShellQuoting() {
    }

    /** {@code text} as one bash word that means exactly {@code text}: no expansion, no splitting. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** Whether {@code name} can be written as {@code $name} without quoting surprises. */
    static boolean isVariableName(String name) {
        return name != null && VARIABLE_NAME.matcher(name).matches();
    }
}
