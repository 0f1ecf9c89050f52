package dev.promptsmith.export.code;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a planned request body as a Python or JavaScript literal: JSON values as the language's own,
 * each marked string as the expression of its rendered part, and the part the app leaves out when
 * blank (a system prompt with variables) behind the same test.
 */
final class ScriptLiteralWriter {

    private final ScriptSyntax syntax;
    private final CallPlan plan;
    private final Function<TemplatePart, String> partExpression;

    ScriptLiteralWriter(ScriptSyntax syntax, CallPlan plan, Function<TemplatePart, String> partExpression) {
        this.syntax = syntax;
        this.plan = plan;
        this.partExpression = partExpression;
    }

    /** The body's fields as the arguments of an SDK call, one per line at {@code depth}. */
    String arguments(int depth) {
        StringBuilder out = new StringBuilder();
        String pad = syntax.indent().repeat(depth);
        for (Map.Entry<String, JsonNode> field : plan.body().properties()) {
            TemplatePart dropped = droppedBy(field.getValue(), true);
            String value = value(field.getValue(), depth);
            out.append(pad).append(dropped == null ? syntax.argument(field.getKey()) + value
                    : syntax.optionalArgument(condition(dropped), field.getKey(), value)).append(",\n");
        }
        return out.toString();
    }

    String value(JsonNode node, int depth) {
        if (node.isTextual()) {
            return text(node.textValue());
        }
        if (node.isBoolean()) {
            return syntax.bool(node.booleanValue());
        }
        if (node.isNull()) {
            return syntax.nullValue();
        }
        if (node.isNumber()) {
            return node.isBigDecimal() ? node.decimalValue().toString() : node.asText();
        }
        return node.isArray() ? array(node, depth) : object(node, depth);
    }

    private String array(JsonNode array, int depth) {
        if (array.isEmpty()) {
            return "[]";
        }
        List<String> items = new ArrayList<>();
        for (JsonNode element : array) {
            TemplatePart dropped = element.isObject() ? droppedBy(element, false) : null;
            String value = value(element, depth + 1);
            items.add(dropped == null ? value : syntax.optionalElement(condition(dropped), value));
        }
        return wrap("[", items, "]", depth, isFlat(array));
    }

    private String object(JsonNode object, int depth) {
        if (object.isEmpty()) {
            return "{}";
        }
        List<String> items = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            items.add(syntax.key(field.getKey()) + value(field.getValue(), depth + 1));
        }
        return wrap("{", items, "}", depth, isFlat(object));
    }

    /** Scalars only and short: one line, e.g. a message {@code {"role": "user", "content": user}}. */
    private static boolean isFlat(JsonNode container) {
        int size = 0;
        for (JsonNode child : container) {
            if (child.isContainerNode()) {
                return false;
            }
            size += child.isTextual() ? Math.min(child.textValue().length(), 200) : 8;
        }
        return size < 160 || container.size() <= 2;
    }

    private String wrap(String open, List<String> items, String close, int depth, boolean flat) {
        if (flat && items.stream().noneMatch(i -> i.contains("\n"))) {
            String space = open.equals("{") && syntax.spacedBraces() ? " " : "";
            return open + space + String.join(", ", items) + space + close;
        }
        String pad = syntax.indent().repeat(depth + 1);
        StringBuilder out = new StringBuilder(open).append('\n');
        items.forEach(item -> out.append(pad).append(item).append(",\n"));
        return out.append(syntax.indent().repeat(depth)).append(close).toString();
    }

    private String text(String value) {
        List<String> pieces = new ArrayList<>();
        for (BodyMarkers.Segment segment : BodyMarkers.segments(value, plan)) {
            pieces.add(segment.isPart() ? partExpression.apply(segment.part()) : syntax.string(segment.literal()));
        }
        return String.join(" + ", pieces);
    }

    /** The droppable part whose marker {@code node} holds (as a whole field, or anywhere in an element). */
    private TemplatePart droppedBy(JsonNode node, boolean wholeValueOnly) {
        TemplatePart part = plan.droppable().orElse(null);
        if (part == null) {
            return null;
        }
        boolean holds = wholeValueOnly ? node.isTextual() && node.textValue().equals(part.marker())
                : BodyMarkers.holds(node, part.marker());
        return holds ? part : null;
    }

    private String condition(TemplatePart part) {
        return syntax.notBlank(partExpression.apply(part));
    }
}
