package dev.promptsmith.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One line of a JSONL file as read.
 *
 * @param number 1-based line number in the file
 * @param text the line without its line break, kept to rewrite unchanged records exactly
 * @param object the parsed object, or null for a blank or invalid line
 * @param record the record read from it, or null when the line is kept only as text
 */
record JsonlLine<T>(int number, String text, ObjectNode object, T record) {
}
