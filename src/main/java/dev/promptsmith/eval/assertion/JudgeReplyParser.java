package dev.promptsmith.eval.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a judge model's reply. Models wrap JSON in code fences or prose, write {@code "true"} as a
 * string, or leave out a field; any object with a pass or a score counts, the rest is inferred.
 */
final class JudgeReplyParser {

    private static final Set<String> YES = Set.of("true", "pass", "passed", "yes");
    private static final Set<String> NO = Set.of("false", "fail", "failed", "no");

    private JudgeReplyParser() {
    }

    static JudgeVerdict parse(String reply, String judgeId) {
        Optional<JsonNode> verdict = JsonText.findAll(reply).stream()
                .filter(JsonNode::isObject)
                .filter(node -> node.has("pass") || node.has("score"))
                .findFirst();
        if (verdict.isEmpty()) {
            return JudgeVerdict.failed("Judge " + judgeId + " replied without a JSON verdict: " + Texts.quote(reply.strip()));
        }
        JsonNode node = verdict.get();
        Optional<Double> score = number(node.get("score"));
        Optional<Boolean> pass = bool(node.get("pass"));
        if (pass.isEmpty() && score.isEmpty()) {
            return JudgeVerdict.failed("Judge " + judgeId + " gave an unreadable verdict: " + Texts.quote(node.toString()));
        }
        boolean passed = pass.orElseGet(() -> score.get() >= 0.5);
        double value = score.orElse(passed ? 1.0 : 0.0);
        JsonNode reason = node.get("reason");
        return JudgeVerdict.of(passed, value, reason == null || reason.isNull() ? "" : reason.asText().strip());
    }

    private static Optional<Double> number(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.doubleValue());
        }
        return node.isTextual() ? AssertionValues.number(node.textValue()) : Optional.empty();
    }

    private static Optional<Boolean> bool(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isBoolean()) {
            return Optional.of(node.booleanValue());
        }
        String text = node.asText().trim().toLowerCase(Locale.ROOT);
        return YES.contains(text) ? Optional.of(true) : NO.contains(text) ? Optional.of(false) : Optional.empty();
    }
}
