package dev.promptsmith.ui.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** A JSON output as a tree whose objects and arrays fold; the first two levels start open. */
final class JsonTree {

    private final ObjectMapper json = new ObjectMapper();

    /** The tree, or empty when the text is not a JSON object or array. */
    Optional<TreeView<String>> of(String text) {
        JsonNode root;
        try {
            root = json.readTree(text == null ? "" : text.strip());
        } catch (Exception e) {
            return Optional.empty();
        }
        if (root == null || !root.isContainerNode()) {
            return Optional.empty();
        }
        TreeView<String> tree = new TreeView<>(item("(root)", root, 0));
        tree.setId("jsonTree");
        tree.setPrefHeight(220);
        return Optional.of(tree);
    }

    private static TreeItem<String> item(String name, JsonNode node, int depth) {
        if (!node.isContainerNode()) {
            return new TreeItem<>(name + ": " + node.toString());
        }
        TreeItem<String> item = new TreeItem<>(name + (node.isArray() ? " [" + node.size() + "]" : " {" + node.size() + "}"));
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                item.getChildren().add(item("[" + i + "]", node.get(i), depth + 1));
            }
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                item.getChildren().add(item(field.getKey(), field.getValue(), depth + 1));
            }
        }
        item.setExpanded(depth < 2);
        return item;
    }
}
