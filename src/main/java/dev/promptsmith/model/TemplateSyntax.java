package dev.promptsmith.model;

/** How a prompt's text becomes the request text. */
public enum TemplateSyntax {
    /** Jinja syntax ({@code {{ var }}}, {@code {% for %}}); undefined variables are errors. */
    JINJA("jinja"),
    /** Sent untouched: for prompts full of braces, such as JSON examples. */
    RAW("raw");

    private final String key;

    TemplateSyntax(String key) {
        this.key = key;
    }

    /** The spelling used in project files. */
    public String key() {
        return key;
    }

    public static java.util.Optional<TemplateSyntax> fromKey(String key) {
        return FileKeys.find(values(), TemplateSyntax::key, key);
    }
}
