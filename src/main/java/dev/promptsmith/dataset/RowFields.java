package dev.promptsmith.dataset;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Split;
import java.util.List;
import java.util.Map;

/**
 * The fields read from one table row, before they become a test case or an example.
 *
 * @param id null when the row gives none (the importer then makes one)
 * @param split null when the row does not say
 */
record RowFields(String id, Map<String, Object> vars, Object expected, List<Assertion> asserts,
                 List<String> tags, Split split, String note, String output) {
}
