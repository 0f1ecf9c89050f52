package dev.promptsmith.project;

import java.util.Optional;

/** The file names of format version 1, and the mapping between prompt names and prompt files. */
final class ProjectLayout {

    static final String SETTINGS = "promptsmith.yaml";
    static final String EXAMPLES = "examples.jsonl";
    static final String TESTS = "tests.jsonl";
    static final String PROMPTS_DIR = "prompts";
    static final String SCHEMAS_DIR = "schemas";
    static final String PROMPT_SUFFIX = ".prompt.yaml";
    static final int FORMAT_VERSION = 1;

    private ProjectLayout() {
    }

    static String promptPath(String name) {
        return PROMPTS_DIR + "/" + name + PROMPT_SUFFIX;
    }

    /** The prompt name of a project-relative path, if it is a prompt file. */
    static Optional<String> promptName(String relativePath) {
        String prefix = PROMPTS_DIR + "/";
        if (!relativePath.startsWith(prefix) || !relativePath.endsWith(PROMPT_SUFFIX)) {
            return Optional.empty();
        }
        String stem = relativePath.substring(prefix.length(), relativePath.length() - PROMPT_SUFFIX.length());
        return isValidPromptName(stem) ? Optional.of(stem) : Optional.empty();
    }

    /** A name that can be a file stem on every desktop OS without escaping the prompts folder. */
    static boolean isValidPromptName(String name) {
        if (name == null || name.isBlank() || name.startsWith(".") || name.contains("/")
                || name.contains("\\") || !name.strip().equals(name)) {
            return false;
        }
        for (char c : name.toCharArray()) {
            if (c < 0x20 || "<>:\"|?*".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
