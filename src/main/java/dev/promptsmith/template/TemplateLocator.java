package dev.promptsmith.template;

import java.util.List;

/**
 * Turns the rough positions Jinjava reports (a tag's line and start column, sometimes only a
 * line) into exact offsets, using the tags found by {@link TemplateLexer}.
 */
final class TemplateLocator {

    private final LineIndex lines;
    private final List<TemplateTag> tags;

    TemplateLocator(String text) {
        this.lines = new LineIndex(text);
        this.tags = TemplateLexer.scan(text);
    }

    LineIndex lines() {
        return lines;
    }

    List<TemplateTag> tags() {
        return tags;
    }

    /**
     * The tag Jinjava meant by {@code line}/{@code column} (1-based; column may be unknown): the tag
     * starting there, else the one on that line whose content contains {@code hint}, else the line's first tag.
     */
    TemplateTag tagAt(int line, int column, String hint) {
        int offset = lines.offset(line, column);
        TemplateTag first = null;
        for (TemplateTag tag : tags) {
            if (tag.start() == offset && column > 0) {
                return tag;
            }
            if (lines.line(tag.start()) == line) {
                if (first == null) {
                    first = tag;
                }
                if (hint != null && !hint.isBlank() && squeeze(tag.content(lines.text())).contains(squeeze(hint))) {
                    return tag;
                }
            }
        }
        return first;
    }

    /** Offset of the token in {@code tag} that names {@code name}, with the given predecessor ({@code null}: any but "."). */
    int tokenOffset(TemplateTag tag, String name, String predecessor) {
        List<ExpressionToken> tokens = ExpressionLexer.tokens(lines.text(), tag.contentStart(), tag.contentEnd());
        for (int k = 0; k < tokens.size(); k++) {
            ExpressionToken t = tokens.get(k);
            String prev = k > 0 ? tokens.get(k - 1).text() : "";
            boolean nameMatches = t.text().equals(name) || (t.type() == ExpressionToken.Type.STRING
                    && t.text().length() >= 2 && t.text().substring(1, t.text().length() - 1).equals(name));
            boolean prevMatches = predecessor == null ? !prev.equals(".") : prev.equals(predecessor);
            if (nameMatches && prevMatches) {
                return t.start();
            }
        }
        return tag.start();
    }

    /** True when {@code tag} calls {@code name} as a method: {@code .name(}. */
    boolean isMethodCall(TemplateTag tag, String name) {
        List<ExpressionToken> tokens = ExpressionLexer.tokens(lines.text(), tag.contentStart(), tag.contentEnd());
        for (int k = 1; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).isName(name) && tokens.get(k - 1).is(".") && tokens.get(k + 1).is("(")) {
                return true;
            }
        }
        return false;
    }

    TemplateProblem problem(int offset, String message) {
        return lines.problemAt(offset, message);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
