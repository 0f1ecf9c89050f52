package dev.promptsmith.template;

/** One token inside a tag: a name, a string or number literal, or an operator. Offsets are into the whole text. */
record ExpressionToken(Type type, int start, int end, String text) {

    enum Type { NAME, STRING, NUMBER, OPERATOR }

    boolean is(String operator) {
        return type == Type.OPERATOR && text.equals(operator);
    }

    boolean isName(String name) {
        return type == Type.NAME && text.equals(name);
    }
}
