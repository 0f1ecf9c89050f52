package dev.promptsmith.export.promptfile;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Converts regexes between Java (our {@code regex} assertion) and JavaScript (promptfoo's, compiled
 * with {@code new RegExp(value)} and no flags). A leading {@code (?i)} becomes explicit case classes
 * ({@code [bB]}); Java-only syntax is refused with the construct named, since JavaScript would reject
 * it or read it differently.
 */
final class JsRegex {

    private static final String CASE_FLAG = "(?i)";

    /** A translation, or the reason there is none. */
    record Translation(String regex, String refusal) {
        boolean ok() {
            return refusal == null;
        }
    }

    private JsRegex() {
    }

    static Translation toJavaScript(String java) {
        boolean caseless = java.startsWith(CASE_FLAG);
        String body = caseless ? java.substring(CASE_FLAG.length()) : java;
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean inClass = false;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\') {
                int end = escapeEnd(body, i);
                String escape = body.substring(i, end);
                String refusal = javaOnlyEscape(escape);
                if (refusal != null) {
                    return new Translation(null, refusal);
                }
                out.append(escape);
                i = end;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                } else if (c == '[' || body.startsWith("&&", i)) {
                    return new Translation(null, "nested or intersected character classes ([a[b]], &&) are Java-only");
                } else if (caseless && isAsciiLetter(c)) {
                    if (i + 2 < body.length() && body.charAt(i + 1) == '-' && body.charAt(i + 2) != ']') {
                        char to = body.charAt(i + 2);
                        if (!isAsciiLetter(to) || Character.isLowerCase(c) != Character.isLowerCase(to)) {
                            return new Translation(null, "the range " + c + "-" + to + " under (?i) has no simple JavaScript form");
                        }
                        out.append(c).append('-').append(to).append(other(c)).append('-').append(other(to));
                        i += 3;
                        continue;
                    }
                    out.append(c).append(other(c));
                    i++;
                    continue;
                }
                out.append(c);
                i++;
                continue;
            }
            if (c == '[') {
                inClass = true;
                out.append(c);
                if (i + 1 < body.length() && body.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
                i++;
                continue;
            }
            if (c == '(' && body.startsWith("(?", i)) {
                Optional<String> group = groupRefusal(body, i);
                if (group.isPresent()) {
                    return new Translation(null, group.get());
                }
                int nameEnd = body.startsWith("(?<", i) && !body.startsWith("(?<=", i) && !body.startsWith("(?<!", i)
                        ? body.indexOf('>', i) + 1 : i + 1;
                out.append(body, i, nameEnd);
                i = nameEnd;
                continue;
            }
            if ((c == '+') && i > 0 && isQuantifierEnd(body, i - 1)) {
                return new Translation(null, "possessive quantifiers (*+, ++, ?+) are Java-only");
            }
            out.append(caseless && isAsciiLetter(c) ? "[" + c + other(c) + "]" : String.valueOf(c));
            i++;
        }
        return new Translation(out.toString(), null);
    }

    /**
     * A promptfoo regex as a Java regex: explicit case classes ({@code [bB]illing}) collapse back to
     * {@code (?i)billing} when every letter is written that way; otherwise the text is kept. Empty when
     * Java cannot compile it.
     */
    static Optional<String> toJava(String js) {
        String collapsed = collapse(js);
        try {
            Pattern.compile(collapsed);
            return Optional.of(collapsed);
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }

    private static String collapse(String js) {
        StringBuilder out = new StringBuilder(CASE_FLAG);
        boolean pairs = false;
        int i = 0;
        while (i < js.length()) {
            char c = js.charAt(i);
            if (c == '\\') {
                int end = escapeEnd(js, i);
                out.append(js, i, end);
                i = end;
            } else if (c == '[') {
                int close = classEnd(js, i);
                String inner = close < 0 ? "" : js.substring(i + 1, close);
                if (inner.length() == 2 && isAsciiLetter(inner.charAt(0)) && inner.charAt(1) == other(inner.charAt(0))) {
                    out.append(Character.toLowerCase(inner.charAt(0)));
                    pairs = true;
                } else if (close < 0 || inner.chars().anyMatch(ch -> isAsciiLetter((char) ch))) {
                    return js;
                } else {
                    out.append(js, i, close + 1);
                }
                i = close < 0 ? js.length() : close + 1;
            } else if (c == '(' && js.startsWith("(?<", i) && !js.startsWith("(?<=", i) && !js.startsWith("(?<!", i)) {
                int end = js.indexOf('>', i) + 1;
                out.append(js, i, end > 0 ? end : js.length());
                i = end > 0 ? end : js.length();
            } else if (isAsciiLetter(c)) {
                return js;
            } else {
                out.append(c);
                i++;
            }
        }
        return pairs ? out.toString() : js;
    }

    private static int classEnd(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == ']' && i > open + 1) {
                return i;
            }
        }
        return -1;
    }

    /** The index after an escape: {@code \d}, {@code \x41}, {@code \u0041}, {@code \k<name>}, {@code \p{L}}, {@code \cX}. */
    private static int escapeEnd(String text, int start) {
        if (start + 1 >= text.length()) {
            return text.length();
        }
        char c = text.charAt(start + 1);
        int end = start + 2;
        if (c == 'x') {
            end = text.startsWith("{", end) ? text.indexOf('}', end) + 1 : end + 2;
        } else if (c == 'u') {
            end += 4;
        } else if (c == 'c') {
            end += 1;
        } else if ((c == 'k' && text.startsWith("<", end)) || ((c == 'p' || c == 'P') && text.startsWith("{", end))) {
            end = text.indexOf(c == 'k' ? '>' : '}', end) + 1;
        }
        return end <= start ? text.length() : Math.min(end, text.length());
    }

    private static String javaOnlyEscape(String escape) {
        if (escape.length() < 2) {
            return "a regex cannot end with a backslash";
        }
        char c = escape.charAt(1);
        return switch (c) {
            case 'A', 'Z', 'z', 'G' -> "\\" + c + " (input boundary) is Java-only; use ^ or $";
            case 'Q', 'E' -> "\\Q…\\E quoting is Java-only; escape the characters instead";
            case 'p', 'P' -> "\\" + c + "{…} needs JavaScript's u flag, which promptfoo does not set";
            case 'h', 'H', 'R', 'X', 'V', 'v' -> "\\" + c + " means something else (or nothing) in JavaScript";
            case 'e', 'a' -> "\\" + c + " (escape / bell character) is Java-only";
            default -> null;
        };
    }

    private static Optional<String> groupRefusal(String text, int i) {
        if (text.startsWith("(?>", i)) {
            return Optional.of("atomic groups (?>…) are Java-only");
        }
        if (text.startsWith("(?:", i) || text.startsWith("(?=", i) || text.startsWith("(?!", i)
                || text.startsWith("(?<", i)) {
            return Optional.empty();
        }
        return Optional.of("inline flags such as (?s) or (?m) are Java-only; only a leading (?i) is translated");
    }

    private static boolean isQuantifierEnd(String text, int i) {
        char c = text.charAt(i);
        boolean escaped = i > 0 && text.charAt(i - 1) == '\\';
        return !escaped && (c == '*' || c == '+' || c == '?' || c == '}');
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static char other(char c) {
        return Character.isLowerCase(c) ? Character.toUpperCase(c) : Character.toLowerCase(c);
    }
}
