package dev.promptsmith.eval.assertion;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Takes the final answer out of an output (pure functions), so that a chain-of-thought reply is
 * scored on its answer, not on its reasoning. Where an answer may occur more than once, the last
 * one wins: reasoning comes first and often mentions candidate answers.
 */
public final class AnswerExtractor {

    private AnswerExtractor() {
    }

    public static ExtractedAnswer extract(String output, Extraction how) {
        String text = output == null ? "" : output;
        return switch (how.type()) {
            case LAST_LINE -> lastLine(text);
            case REGEX -> regex(text, how.value());
            case XML_TAG -> lastTag(text, how.value()).map(ExtractedAnswer::found)
                    .orElseGet(() -> ExtractedAnswer.missing(text, "No <" + how.value() + "> tag in the output"));
            case JSON_PATH -> jsonPath(text, how.value());
        };
    }

    /** The trimmed text inside the last {@code <tag>…</tag>} (tag name case-insensitive, attributes allowed). */
    public static Optional<String> lastTag(String output, String tag) {
        Matcher m = Pattern.compile("<" + Pattern.quote(tag) + "(?:\\s[^>]*)?>(.*?)</" + Pattern.quote(tag) + "\\s*>",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(output);
        String last = null;
        while (m.find()) {
            last = m.group(1).strip();
        }
        return Optional.ofNullable(last);
    }

    private static ExtractedAnswer lastLine(String output) {
        return output.lines().map(String::strip).filter(line -> !line.isEmpty())
                .reduce((first, second) -> second)
                .map(ExtractedAnswer::found)
                .orElseGet(() -> ExtractedAnswer.missing(output, "The output is empty"));
    }

    private static ExtractedAnswer regex(String output, String regex) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return ExtractedAnswer.missing(output, "Invalid extraction regex /" + regex + "/: " + e.getDescription());
        }
        Matcher m = pattern.matcher(output);
        String last = null;
        while (m.find()) {
            last = group(m, regex);
        }
        return last == null
                ? ExtractedAnswer.missing(output, "No match for /" + regex + "/ in the output")
                : ExtractedAnswer.found(last.strip());
    }

    private static String group(Matcher m, String regex) {
        if (regex.contains("(?<answer>")) {
            return m.group("answer") == null ? "" : m.group("answer");
        }
        if (m.groupCount() >= 1) {
            return m.group(1) == null ? "" : m.group(1);
        }
        return m.group();
    }

    private static ExtractedAnswer jsonPath(String output, String path) {
        JsonPointer pointer;
        try {
            pointer = JsonPaths.pointer(path);
        } catch (IllegalArgumentException e) {
            return ExtractedAnswer.missing(output, e.getMessage());
        }
        Optional<JsonNode> json = JsonText.parseLenient(output);
        if (json.isEmpty()) {
            return ExtractedAnswer.missing(output, "No JSON in the output to read " + path + " from");
        }
        JsonNode node = json.get().at(pointer);
        if (node.isMissingNode()) {
            return ExtractedAnswer.missing(output, path + " is missing from the output JSON");
        }
        return ExtractedAnswer.found(node.isValueNode() ? node.asText() : node.toString());
    }
}
