package dev.promptsmith.template;

import com.hubspot.jinjava.interpret.TemplateError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jinjava's {@link TemplateError}s and the {@link UndefinedTracker}'s misses into
 * {@link TemplateProblem}s with exact positions and messages a prompt author understands.
 */
final class JinjavaProblemMapper {

    private static final Pattern EXCEPTION_PREFIX = Pattern.compile("^(?:[\\w.$]+(?:Exception|Error): )+");
    private static final Pattern SYNTAX_PREFIX = Pattern.compile("^Syntax error in '.*?': ", Pattern.DOTALL);
    private static final Pattern MISSING_END = Pattern.compile("Missing end tag: (\\w+) for tag defined as: (.*)", Pattern.DOTALL);
    private static final Pattern UNKNOWN_TAG = Pattern.compile("Unknown tag: (\\w+)");
    private static final Pattern PARSE_ERROR =
            Pattern.compile("Error parsing '(.*)': syntax error at position \\d+, encountered '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern UNKNOWN_FUNCTION = Pattern.compile("Could not resolve function '(.*?)'");
    private static final Pattern UNKNOWN_METHOD = Pattern.compile("Cannot find method '?(\\w+)'? .*in class (?:\\w+\\.)*(\\w+)");
    private static final Pattern OUTPUT_TOO_BIG = Pattern.compile("(\\d+) byte output rendered, over limit of (\\d+) bytes");

    private final TemplateLocator locator;

    JinjavaProblemMapper(TemplateLocator locator) {
        this.locator = locator;
    }

    List<TemplateProblem> map(List<TemplateError> errors, List<UndefinedTracker.Miss> misses) {
        List<TemplateProblem> problems = new ArrayList<>();
        for (UndefinedTracker.Miss miss : misses) {
            TemplateTag tag = locator.tagAt(miss.line(), miss.position(), null);
            // x.upper() on a string: Jinjava reports the missing method itself, better than we could.
            if (miss.kind() != UndefinedTracker.MissKind.ATTRIBUTE || tag == null || !locator.isMethodCall(tag, miss.name())) {
                problems.add(fromMiss(miss, tag));
            }
        }
        for (TemplateError error : errors) {
            if (!isNoise(error)) {
                problems.add(fromError(error));
            }
        }
        return problems;
    }

    /** Property warnings are covered by the tracker (which knows about {@code default}); size warnings are only notices. */
    private static boolean isNoise(TemplateError error) {
        return error.getSeverity() == TemplateError.ErrorType.WARNING
                && (error.getItem() == TemplateError.ErrorItem.PROPERTY
                || error.getReason() == TemplateError.ErrorReason.COLLECTION_TOO_BIG);
    }

    private TemplateProblem fromMiss(UndefinedTracker.Miss miss, TemplateTag tag) {
        String message = switch (miss.kind()) {
            case VARIABLE -> "undefined variable '" + miss.name() + "'";
            case ATTRIBUTE -> "undefined attribute '" + miss.name() + "'";
            case INDEX -> "list index " + miss.name() + " is out of range";
        };
        if (tag == null) {
            return new TemplateProblem("", Math.max(miss.line(), 0), Math.max(miss.position(), 0), message);
        }
        int offset = switch (miss.kind()) {
            case VARIABLE -> locator.tokenOffset(tag, miss.name(), null);
            case ATTRIBUTE -> attributeOffset(tag, miss.name());
            case INDEX -> indexOffset(tag, miss.name());
        };
        return locator.problem(offset, message);
    }

    /** items[5] points at the 5; items[-3] at the minus sign before the 3. */
    private int indexOffset(TemplateTag tag, String index) {
        if (!index.startsWith("-")) {
            return locator.tokenOffset(tag, index, "[");
        }
        int digits = locator.tokenOffset(tag, index.substring(1), "-");
        return digits == tag.start() ? digits : digits - 1;
    }

    private int attributeOffset(TemplateTag tag, String name) {
        int dotted = locator.tokenOffset(tag, name, ".");
        return dotted != tag.start() ? dotted : locator.tokenOffset(tag, name, "[");
    }

    private TemplateProblem fromError(TemplateError error) {
        String raw = error.getMessage() == null ? "template error" : error.getMessage();
        String message = SYNTAX_PREFIX.matcher(EXCEPTION_PREFIX.matcher(raw.trim()).replaceFirst("")).replaceFirst("");
        int line = error.getLineno();
        if (line <= 0) {
            return new TemplateProblem("", 0, 0, rewrite(message, null));
        }
        TemplateTag tag = locator.tagAt(line, error.getStartPosition(), hint(message, error));
        if (tag == null) {
            return new TemplateProblem("", line, Math.max(error.getStartPosition(), 0), rewrite(message, null));
        }
        return locator.problem(tag.start(), rewrite(message, tag));
    }

    private static String hint(String message, TemplateError error) {
        Matcher parse = PARSE_ERROR.matcher(message);
        return parse.matches() ? parse.group(1) : error.getFieldName();
    }

    private String rewrite(String message, TemplateTag tag) {
        Matcher m;
        if ((m = MISSING_END.matcher(message)).matches()) {
            return "'" + m.group(2).trim() + "' is never closed: missing '{% " + m.group(1) + " %}'";
        }
        if ((m = UNKNOWN_TAG.matcher(message)).matches()) {
            return "unknown tag '" + m.group(1) + "'";
        }
        if ((m = PARSE_ERROR.matcher(message)).matches()) {
            if ("}".equals(m.group(2))) {
                return "incomplete expression '" + m.group(1) + "'";
            }
            // Jinjava 2.8.4 cannot parse a '+' directly followed by a digit, as in loop.index+1.
            String hint = "+".equals(m.group(2)) && m.group(1).matches("(?s).*\\+\\d.*") ? " (write '+ 1' with a space)" : "";
            return "syntax error in '" + m.group(1) + "' at '" + m.group(2) + "'" + hint;
        }
        if ((m = UNKNOWN_FUNCTION.matcher(message)).matches()) {
            return "unknown function '" + m.group(1) + "'";
        }
        if ((m = UNKNOWN_METHOD.matcher(message)).matches()) {
            return "unknown method '" + m.group(1) + "' of a " + m.group(2) + " value (Jinja filters such as '| upper' work)";
        }
        if ((m = OUTPUT_TOO_BIG.matcher(message)).matches()) {
            return String.format(Locale.ROOT, "the rendered text is longer than the limit of %,d characters",
                    Long.parseLong(m.group(2)));
        }
        if (message.equals("Unclosed token") && tag != null) {
            return "unclosed '" + tag.kind().open + "': missing '" + tag.kind().close + "'";
        }
        if (message.equals("Unclosed comment")) {
            return "unclosed comment: missing '#}'";
        }
        if (message.equals("Missing start tag") && tag != null) {
            String end = tag.statementName(locator.lines().text());
            return "'{% " + end + " %}' has no matching '{% " + end.replaceFirst("^end", "") + " %}'";
        }
        return message;
    }
}
