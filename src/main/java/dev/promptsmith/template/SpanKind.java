package dev.promptsmith.template;

/**
 * What a highlighted stretch of template text is. Inside a tag every character belongs to exactly
 * one span, so the kinds for which {@link #insideTag()} is true together cover each whole tag.
 */
public enum SpanKind {
    /** {@code {{}, {@code }}}, {@code {%}, {@code %}}, with any {@code -}/{@code +} whitespace marker. */
    DELIMITER,
    /** The rest of a {@code {{ }}} expression: spaces, operators, numbers, function names. */
    EXPRESSION,
    /** The rest of a {@code {% %}} statement. */
    STATEMENT,
    /** A whole {@code {# #}} comment, delimiters included. */
    COMMENT,
    /** A statement name such as {@code for} or {@code endif}, or a word like {@code in}, {@code and}, {@code none}. */
    KEYWORD,
    /** A string literal inside a tag. */
    STRING,
    /** A filter name after {@code |}, or a test name after {@code is}. */
    FILTER,
    /** A variable (with any {@code .attribute} chain) that is provided or defined by the template. */
    VARIABLE,
    /** A top-level variable that is neither provided nor defined by the template, nor guarded by {@code default} or {@code is defined}. */
    UNDEFINED_VARIABLE,
    /** An XML-style section tag in the prompt text, such as {@code <instructions>} or {@code <example id="1">}. */
    SECTION_TAG;

    public boolean insideTag() {
        return this != SECTION_TAG;
    }
}
