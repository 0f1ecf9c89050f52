package dev.promptsmith.export.promptfile;

/** Something a template translation could not carry over, at a 1-based line of the translated text. */
record TemplateIssue(int line, String message) {
}
