package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Split;

/**
 * Choices an export leaves to the user.
 *
 * @param sampleTestId the test case whose vars become the sample inputs; null for the first dev test case
 * @param testSplit which test cases a format that carries tests exports; null for all of them
 */
public record ExportOptions(String sampleTestId, Split testSplit) {

    public static final ExportOptions DEFAULTS = new ExportOptions(null, null);
}
