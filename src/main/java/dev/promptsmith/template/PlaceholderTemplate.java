package dev.promptsmith.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A template made only of text and plain {@code {{ name }}} placeholders, split into its pieces, so an
 * exporter can write it with another language's own string formatting. Anything more (statements,
 * comments, filters, attribute access, whitespace control) is Jinja proper and has no such form.
 */
public record PlaceholderTemplate(List<Piece> pieces) {

    /** Literal text when {@code variable} is null, else a placeholder for that variable. */
    public record Piece(String text, String variable) {

        public boolean isVariable() {
            return variable != null;
        }
    }

    private static final Pattern NAME = Pattern.compile("\\s*[A-Za-z_][A-Za-z0-9_]*\\s*");
    /** Names Jinja reads as constants, not variables. */
    private static final Set<String> CONSTANTS = Set.of("true", "false", "none", "True", "False", "None");

    public PlaceholderTemplate {
        pieces = List.copyOf(pieces);
    }

    /** The pieces of {@code template}, or empty when it uses anything beyond plain placeholders. */
    public static Optional<PlaceholderTemplate> parse(String template) {
        String text = template == null ? "" : template;
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        for (TemplateTag tag : TemplateLexer.scan(text)) {
            if (tag.kind() != TemplateTag.Kind.EXPRESSION || !tag.closed()
                    || tag.contentStart() != tag.start() + 2 || tag.end() != tag.contentEnd() + 2) {
                return Optional.empty();
            }
            String content = tag.content(text);
            if (!NAME.matcher(content).matches() || CONSTANTS.contains(content.strip())) {
                return Optional.empty();
            }
            if (tag.start() > from) {
                pieces.add(new Piece(text.substring(from, tag.start()), null));
            }
            pieces.add(new Piece(null, content.strip()));
            from = tag.end();
        }
        if (from < text.length()) {
            pieces.add(new Piece(text.substring(from), null));
        }
        return Optional.of(new PlaceholderTemplate(pieces));
    }

    /** The variables in order of first use. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        pieces.stream().filter(Piece::isVariable).forEach(p -> names.add(p.variable()));
        return names;
    }

    /** Whether the template is plain text with no placeholder at all. */
    public boolean isLiteral() {
        return pieces.stream().noneMatch(Piece::isVariable);
    }
}
