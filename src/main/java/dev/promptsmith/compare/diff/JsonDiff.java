package dev.promptsmith.compare.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The structural difference of two JSON outputs: keys missing or extra, values changed, types
 * changed, each at its JSON Pointer path. Arrays are compared index by index, as extraction
 * outputs are positional (line item 2 against line item 2).
 */
public final class JsonDiff {

    private JsonDiff() {
    }

    /** Compares {@code left} with {@code right}; text that is not JSON gives a result that says so. */
    public static JsonDiffResult diff(String left, String right) {
        JsonOutput l = JsonOutput.parse(left);
        JsonOutput r = JsonOutput.parse(right);
        if (!l.ok() || !r.ok()) {
            return new JsonDiffResult(l.problem(), r.problem(), List.of());
        }
        List<JsonChange> changes = new ArrayList<>();
        walk("", l.node(), r.node(), changes);
        return new JsonDiffResult(null, null, changes);
    }

    private static void walk(String path, JsonNode left, JsonNode right, List<JsonChange> out) {
        if (left.getNodeType() != right.getNodeType()) {
            out.add(new JsonChange(JsonChangeKind.TYPE_CHANGED, path, left.toString(), right.toString()));
        } else if (left.isObject()) {
            walkObject(path, left, right, out);
        } else if (left.isArray()) {
            walkArray(path, left, right, out);
        } else if (!sameScalar(left, right)) {
            out.add(new JsonChange(JsonChangeKind.CHANGED, path, left.toString(), right.toString()));
        }
    }

    private static void walkObject(String path, JsonNode left, JsonNode right, List<JsonChange> out) {
        for (Map.Entry<String, JsonNode> field : left.properties()) {
            String child = path + "/" + escape(field.getKey());
            JsonNode other = right.get(field.getKey());
            if (other == null) {
                out.add(new JsonChange(JsonChangeKind.MISSING, child, field.getValue().toString(), null));
            } else {
                walk(child, field.getValue(), other, out);
            }
        }
        for (Map.Entry<String, JsonNode> field : right.properties()) {
            if (!left.has(field.getKey())) {
                out.add(new JsonChange(JsonChangeKind.EXTRA, path + "/" + escape(field.getKey()), null,
                        field.getValue().toString()));
            }
        }
    }

    private static void walkArray(String path, JsonNode left, JsonNode right, List<JsonChange> out) {
        int shared = Math.min(left.size(), right.size());
        for (int i = 0; i < shared; i++) {
            walk(path + "/" + i, left.get(i), right.get(i), out);
        }
        for (int i = shared; i < left.size(); i++) {
            out.add(new JsonChange(JsonChangeKind.MISSING, path + "/" + i, left.get(i).toString(), null));
        }
        for (int i = shared; i < right.size(); i++) {
            out.add(new JsonChange(JsonChangeKind.EXTRA, path + "/" + i, null, right.get(i).toString()));
        }
    }

    /** Numbers compare by value (one JSON type, NUMBER, for integers and decimals), so 1, 1.0 and 1e0 are equal. */
    private static boolean sameScalar(JsonNode left, JsonNode right) {
        if (left.isNumber()) {
            return left.decimalValue().compareTo(right.decimalValue()) == 0;
        }
        return left.equals(right);
    }

    /** RFC 6901: "~" becomes "~0" and "/" becomes "~1", in that order. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
