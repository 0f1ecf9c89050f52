package dev.promptsmith.project;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A parsed YAML file: its source, its node tree (with comments, unless they could not be parsed and
 * a warning said so) and the layout an edited version should keep.
 *
 * @param root the document's root node, or null for an empty document
 */
record YamlDocument(SourceText source, Node root, YamlStyle style) {
}
