/**
 * The cost report of one run, built without a window for the cost view and the {@code cost}
 * command, and its plain-text rendering.
 */
package dev.promptsmith.cost.report;
