package dev.promptsmith.export.code;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a planned request body as Java statements on Jackson nodes: fixed subtrees are parsed from
 * their JSON text, subtrees with rendered parts are built field by field, and the part the app leaves
 * out when blank sits behind the same test.
 */
final class JavaBodyWriter {

    private final CallPlan plan;
    private final Function<TemplatePart, String> partExpression;
    private final Set<String> usedNames = new HashSet<>();
    private final StringBuilder out = new StringBuilder();
    private final String indent;

    JavaBodyWriter(CallPlan plan, Function<TemplatePart, String> partExpression, Set<String> taken, String indent) {
        this.plan = plan;
        this.partExpression = partExpression;
        this.usedNames.addAll(taken);
        this.indent = indent;
    }

    /** Statements that leave the body in a local {@code body}. */
    String write() {
        usedNames.add("body");
        out.append(indent).append("ObjectNode body = JSON.createObjectNode();\n");
        fields("body", plan.body(), indent);
        return out.toString();
    }

    /** The local names the statements may declare: the body's field names, for clash checks before writing. */
    static Set<String> candidateNames(JsonNode body) {
        Set<String> names = new HashSet<>();
        body.properties().forEach(field -> names.add(camel(field.getKey())));
        names.add("body");
        return names;
    }

    private void fields(String parent, JsonNode object, String pad) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            JsonNode value = field.getValue();
            String key = JavaText.literal(field.getKey());
            TemplatePart dropped = plan.droppable().filter(p -> value.isTextual() && value.textValue().equals(p.marker())).orElse(null);
            if (dropped != null) {
                out.append(pad).append("if (!").append(partExpression.apply(dropped)).append(".isBlank()) {\n")
                        .append(pad).append("    ").append(parent).append(".put(").append(key).append(", ")
                        .append(partExpression.apply(dropped)).append(");\n").append(pad).append("}\n");
            } else if (!value.isContainerNode()) {
                out.append(pad).append(parent).append(".put").append(value.isNull() ? "Null(" + key : "(" + key + ", " + scalar(value, pad))
                        .append(");\n");
            } else if (!BodyMarkers.hasMarker(value)) {
                out.append(pad).append(parent).append(".set(").append(key).append(", JSON.readTree(")
                        .append(JavaText.expression(value.toString(), pad)).append("));\n");
            } else {
                String local = fresh(field.getKey());
                String type = value.isArray() ? "ArrayNode" : "ObjectNode";
                out.append(pad).append(type).append(' ').append(local).append(" = ").append(parent)
                        .append(value.isArray() ? ".putArray(" : ".putObject(").append(key).append(");\n");
                children(local, value, pad);
            }
        }
    }

    private void children(String parent, JsonNode container, String pad) {
        if (container.isObject()) {
            fields(parent, container, pad);
            return;
        }
        for (JsonNode element : container) {
            TemplatePart dropped = plan.droppable().filter(p -> element.isObject() && BodyMarkers.holds(element, p.marker())).orElse(null);
            String innerPad = dropped == null ? pad : pad + "    ";
            if (dropped != null) {
                out.append(pad).append("if (!").append(partExpression.apply(dropped)).append(".isBlank()) {\n");
            }
            element(parent, element, innerPad);
            if (dropped != null) {
                out.append(pad).append("}\n");
            }
        }
    }

    private void element(String parent, JsonNode element, String pad) {
        if (!element.isContainerNode()) {
            out.append(pad).append(parent).append(element.isNull() ? ".addNull(" : ".add(" + scalar(element, pad)).append(");\n");
        } else if (element.isObject() && isFlat(element)) {
            // A message: one chained statement reads better than its JSON text.
            out.append(pad).append(parent).append(".addObject()");
            element.properties().forEach(f -> out.append("\n").append(pad).append("        .put")
                    .append(f.getValue().isNull() ? "Null(" + JavaText.literal(f.getKey())
                            : "(" + JavaText.literal(f.getKey()) + ", " + scalar(f.getValue(), pad + "        "))
                    .append(")"));
            out.append(";\n");
        } else if (!BodyMarkers.hasMarker(element)) {
            out.append(pad).append(parent).append(".add(JSON.readTree(").append(JavaText.expression(element.toString(), pad)).append("));\n");
        } else {
            String local = fresh(element.isArray() ? "items" : "item");
            out.append(pad).append(element.isArray() ? "ArrayNode " : "ObjectNode ").append(local).append(" = ")
                    .append(parent).append(element.isArray() ? ".addArray();\n" : ".addObject();\n");
            children(local, element, pad);
        }
    }

    private String scalar(JsonNode value, String pad) {
        if (value.isTextual()) {
            StringBuilder expression = new StringBuilder();
            for (BodyMarkers.Segment segment : BodyMarkers.segments(value.textValue(), plan)) {
                if (!expression.isEmpty()) {
                    expression.append(" + ");
                }
                expression.append(segment.isPart() ? partExpression.apply(segment.part()) : JavaText.expression(segment.literal(), pad));
            }
            return expression.toString();
        }
        if (value.isBoolean() || value.isInt()) {
            return value.asText();
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToLong() ? value.asText() + "L" : "new java.math.BigInteger(\"" + value.asText() + "\")";
        }
        BigDecimal decimal = value.decimalValue();
        String asDouble = Double.toString(decimal.doubleValue());
        // A double literal where it reads back the same, else the exact decimal the app sends.
        return asDouble.equals(decimal.toString()) ? asDouble : "new java.math.BigDecimal(\"" + decimal + "\")";
    }

    private static boolean isFlat(JsonNode object) {
        for (JsonNode child : object) {
            if (child.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private String fresh(String fieldName) {
        String base = camel(fieldName);
        String name = base;
        for (int n = 2; usedNames.contains(name) || Identifiers.JAVA.contains(name); n++) {
            name = base + n;
        }
        usedNames.add(name);
        return name;
    }

    private static String camel(String name) {
        String camel = FileNames.camel(name);
        return camel.startsWith("prompt") && !name.toLowerCase(java.util.Locale.ROOT).startsWith("prompt") ? "node" : camel;
    }
}
