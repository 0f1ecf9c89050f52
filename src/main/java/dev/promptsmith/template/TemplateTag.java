package dev.promptsmith.template;

/**
 * One {@code {{ }}}, {@code {% %}} or {@code {# #}} tag found by {@link TemplateLexer}.
 *
 * @param start offset of the opening delimiter
 * @param contentStart offset just after the opening delimiter (and its {@code -}/{@code +} marker)
 * @param contentEnd offset of the closing delimiter (and its marker); equals {@code contentStart} when unclosed
 * @param end offset just past the closing delimiter; equals {@code contentStart} when unclosed
 */
public record TemplateTag(Kind kind, int start, int contentStart, int contentEnd, int end, boolean closed) {

    /** Expression, statement or comment, with its delimiters. */
    public enum Kind {
        EXPRESSION("{{", "}}"),
        STATEMENT("{%", "%}"),
        COMMENT("{#", "#}");

        final String open;
        final String close;

        Kind(String open, String close) {
            this.open = open;
            this.close = close;
        }
    }

    public String content(String text) {
        return text.substring(contentStart, contentEnd);
    }

    /** The first word of a statement (e.g. {@code for}, {@code endif}); empty for other kinds. */
    String statementName(String text) {
        if (kind != Kind.STATEMENT) {
            return "";
        }
        int i = contentStart;
        while (i < contentEnd && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int from = i;
        while (i < contentEnd && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return text.substring(from, i);
    }
}
