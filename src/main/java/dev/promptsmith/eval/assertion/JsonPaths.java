package dev.promptsmith.eval.assertion;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * A small JSONPath subset, translated to a JSON Pointer and resolved with Jackson's {@code at()}:
 * {@code $}, {@code $.field}, {@code $.a.b[0].c}, {@code $['odd key']}; a path that starts with
 * {@code /} is taken as a JSON Pointer, and a bare {@code a.b} as {@code $.a.b}. Wildcards, slices,
 * filters and {@code ..} select many values, which an equality check has no use for: they are refused.
 */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The pointer for {@code path}; throws IllegalArgumentException with a readable message when unsupported. */
    static JsonPointer pointer(String path) {
        String p = path.trim();
        if (p.startsWith("/") || p.isEmpty()) {
            return JsonPointer.compile(p);
        }
        if (!p.startsWith("$")) {
            p = "$." + p;
        }
        StringBuilder pointer = new StringBuilder();
        int i = 1;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '.' && i + 1 < p.length() && p.charAt(i + 1) != '.') {
                int end = nextDelimiter(p, i + 1);
                i = append(pointer, p.substring(i + 1, end), p, end);
            } else if (c == '[' && p.indexOf(']', i) > i) {
                int close = closingBracket(p, i);
                i = append(pointer, bracketKey(p.substring(i + 1, close), p), p, close + 1);
            } else {
                throw unsupported(p);
            }
        }
        return JsonPointer.compile(pointer.toString());
    }

    private static int append(StringBuilder pointer, String key, String path, int next) {
        if (key.isEmpty() || key.equals("*")) {
            throw unsupported(path);
        }
        pointer.append('/').append(key.replace("~", "~0").replace("/", "~1"));
        return next;
    }

    private static String bracketKey(String inside, String path) {
        String s = inside.trim();
        if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
            return s.substring(1, s.length() - 1);
        }
        if (s.chars().allMatch(Character::isDigit) && !s.isEmpty()) {
            return s;
        }
        throw unsupported(path);
    }

    private static int closingBracket(String p, int open) {
        char first = open + 1 < p.length() ? p.charAt(open + 1) : ']';
        if (first == '\'' || first == '"') {
            int endQuote = p.indexOf(first, open + 2);
            if (endQuote < 0 || endQuote + 1 >= p.length() || p.charAt(endQuote + 1) != ']') {
                throw unsupported(p);
            }
            return endQuote + 1;
        }
        return p.indexOf(']', open);
    }

    private static int nextDelimiter(String p, int from) {
        int i = from;
        while (i < p.length() && p.charAt(i) != '.' && p.charAt(i) != '[') {
            i++;
        }
        return i;
    }

    private static IllegalArgumentException unsupported(String path) {
        return new IllegalArgumentException("unsupported JSON path '" + path
                + "': use $.field, [index] or ['key'] steps, or a JSON Pointer such as /field/0");
    }
}
