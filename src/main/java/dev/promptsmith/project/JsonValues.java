package dev.promptsmith.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions between Jackson trees and the plain Java values of the domain records. */
final class JsonValues {

    private JsonValues() {
    }

    /** String, Integer/Long/BigInteger, Double/BigDecimal, Boolean, List, Map (insertion-ordered) or null. */
    static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(toJava(item)));
            return list;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
            return map;
        }
        return node.asText();
    }

    static JsonNode toNode(ObjectMapper mapper, Object value) {
        return mapper.valueToTree(value);
    }

    /** "/assert/0/type" as a reader would say it: "assert[0].type". */
    static String displayPath(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String segment : pointer.substring(1).split("/")) {
            if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
                out.append('[').append(segment).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return out.toString();
    }

    /** How a value reads in a message: {@code string 'x'}, {@code number 3}, {@code list}, {@code object}. */
    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "list";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isNumber()) {
            return "number " + node.asText();
        }
        if (node.isBoolean()) {
            return "boolean " + node.asText();
        }
        return "string '" + YamlNodes.shorten(node.asText()) + "'";
    }
}
