package dev.promptsmith.export.code;

/**
 * Characters written as escapes in generated code: controls, line and paragraph separators, format
 * characters (zero-width, bidi overrides) and lone surrogates. They are legal in the text but unseen or
 * misleading in source, and some end a line in one language and not in another.
 */
final class Invisible {

    private Invisible() {
    }

    static boolean is(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint) || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }
}
