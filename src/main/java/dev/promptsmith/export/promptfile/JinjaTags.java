package dev.promptsmith.export.promptfile;

import dev.promptsmith.template.TemplateLexer;
import dev.promptsmith.template.TemplateTag;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jinja template as text and tags, for translation: the template package's lexer finds the tags
 * (quoted strings may hold a closing delimiter; a {@code {% raw %}} body is text), this adds the text
 * between them, the {@code -} whitespace markers and line numbers.
 */
final class JinjaTags {

    enum Kind { TEXT, EXPRESSION, STATEMENT, COMMENT, UNCLOSED }

    /**
     * One piece of the template.
     *
     * @param content for tags, the inside without delimiters and whitespace markers, trimmed
     * @param trimLeft the tag starts with {@code -} (removes whitespace before it)
     * @param trimRight the tag ends with {@code -} (removes whitespace after it)
     * @param line 1-based line of the piece's start
     */
    record Piece(Kind kind, String content, String source, boolean trimLeft, boolean trimRight, int line) {
    }

    private JinjaTags() {
    }

    static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        int textStart = 0;
        for (TemplateTag tag : TemplateLexer.scan(text)) {
            addText(pieces, text, textStart, tag.start());
            if (!tag.closed()) {
                String opener = text.substring(tag.start(), tag.contentStart());
                pieces.add(new Piece(Kind.UNCLOSED, opener, opener, false, false, lineOf(text, tag.start())));
                textStart = tag.contentStart();
                continue;
            }
            boolean trimLeft = text.charAt(tag.start() + 2) == '-' && tag.contentStart() == tag.start() + 3;
            boolean trimRight = tag.contentEnd() == tag.end() - 3 && text.charAt(tag.contentEnd()) == '-';
            Kind kind = switch (tag.kind()) {
                case EXPRESSION -> Kind.EXPRESSION;
                case STATEMENT -> Kind.STATEMENT;
                case COMMENT -> Kind.COMMENT;
            };
            pieces.add(new Piece(kind, tag.content(text).strip(), text.substring(tag.start(), tag.end()), trimLeft,
                    trimRight, lineOf(text, tag.start())));
            textStart = tag.end();
        }
        addText(pieces, text, textStart, text.length());
        return pieces;
    }

    private static void addText(List<Piece> pieces, String text, int from, int to) {
        if (to > from) {
            String part = text.substring(from, to);
            pieces.add(new Piece(Kind.TEXT, part, part, false, false, lineOf(text, from)));
        }
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
