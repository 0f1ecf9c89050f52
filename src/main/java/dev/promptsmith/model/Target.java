package dev.promptsmith.model;

/** The quality goal of a project, e.g. metric {@code passRate} with value 0.9. */
public record Target(String metric, double value) {
}
