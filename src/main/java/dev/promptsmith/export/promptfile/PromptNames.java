package dev.promptsmith.export.promptfile;

import java.util.regex.Pattern;

/** Prompt names that work as file stems, as a project's {@code prompts/NAME.prompt.yaml} needs. */
final class PromptNames {

    private static final Pattern USABLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private PromptNames() {
    }

    /** {@code candidate} when it is a usable name, else a name made from it, else {@code fallback}. */
    static String usable(String candidate, String fallback) {
        if (candidate != null && USABLE.matcher(candidate).matches()) {
            return candidate;
        }
        String slug = candidate == null ? "" : candidate.strip().replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^[._-]+|[._-]+$", "");
        return USABLE.matcher(slug).matches() ? slug : fallback;
    }

    /** The file name without its last extension ({@code triage.prompty} → {@code triage}). */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return usable(stem, "imported");
    }
}
