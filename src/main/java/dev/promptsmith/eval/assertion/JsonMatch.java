package dev.promptsmith.eval.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares an expected JSON value with an actual one and lists the differences by path. Numbers are
 * compared by value ({@code 960} equals {@code 960.0}); everything else must match in type and value.
 * In subset mode an expected object only constrains the fields it names, at any depth; arrays must
 * have the same length and match item by item. In exact mode extra fields are differences too.
 */
final class JsonMatch {

    private final boolean subset;
    private final List<String> differences = new ArrayList<>();
    private int leaves;
    private int failedLeaves;

    private JsonMatch(boolean subset) {
        this.subset = subset;
    }

    static Outcome subset(JsonNode expected, JsonNode actual) {
        return new JsonMatch(true).run(expected, actual);
    }

    static Outcome exact(JsonNode expected, JsonNode actual) {
        return new JsonMatch(false).run(expected, actual);
    }

    /** Whether two scalar or container values are equal, numbers by value. */
    static boolean sameValue(JsonNode expected, JsonNode actual) {
        return exact(expected, actual).matches();
    }

    private Outcome run(JsonNode expected, JsonNode actual) {
        compare("$", expected, actual);
        return new Outcome(leaves, failedLeaves, List.copyOf(differences));
    }

    private void compare(String path, JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual != null && actual.isObject() && expected.size() > 0) {
            compareObjects(path, expected, actual);
        } else if (expected.isArray() && actual != null && actual.isArray() && expected.size() == actual.size()
                && expected.size() > 0) {
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else {
            int count = leafCount(expected);
            leaves += count;
            if (!equalLeaf(expected, actual)) {
                failedLeaves += count;
                differences.add(path + ": " + difference(expected, actual));
            }
        }
    }

    private void compareObjects(String path, JsonNode expected, JsonNode actual) {
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            compare(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
        }
        if (!subset) {
            for (Map.Entry<String, JsonNode> field : actual.properties()) {
                if (!expected.has(field.getKey())) {
                    leaves++;
                    failedLeaves++;
                    differences.add(path + "." + field.getKey() + ": not expected, got " + show(field.getValue()));
                }
            }
        }
    }

    private boolean equalLeaf(JsonNode expected, JsonNode actual) {
        if (actual == null) {
            return false;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        // Containers get here only when empty, of another type, or (arrays) of another length.
        if (expected.isObject()) {
            return actual.isObject() && (subset || actual.isEmpty());
        }
        if (expected.isArray()) {
            return actual.isArray() && actual.isEmpty() && expected.isEmpty();
        }
        return expected.equals(actual);
    }

    private static int leafCount(JsonNode node) {
        if (!node.isContainerNode() || node.isEmpty()) {
            return 1;
        }
        int count = 0;
        for (JsonNode child : node) {
            count += leafCount(child);
        }
        return count;
    }

    private static String difference(JsonNode expected, JsonNode actual) {
        if (actual != null && expected.isArray() && actual.isArray()) {
            return "expected " + expected.size() + " items, got " + actual.size();
        }
        return "expected " + show(expected) + ", got " + (actual == null ? "nothing (missing)" : show(actual));
    }

    private static String show(JsonNode node) {
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    /** Differences found, and the share of expected leaf values that matched. */
    record Outcome(int leaves, int failedLeaves, List<String> differences) {

        boolean matches() {
            return differences.isEmpty();
        }

        double score() {
            return leaves == 0 ? 1 : (double) (leaves - failedLeaves) / leaves;
        }

        /** Up to {@code max} differences, then how many more there are. */
        String summary(int max) {
            String shown = String.join("; ", differences.subList(0, Math.min(max, differences.size())));
            return differences.size() > max ? shown + "; and " + (differences.size() - max) + " more" : shown;
        }
    }
}
