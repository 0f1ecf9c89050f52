package dev.promptsmith.export.code;

import dev.promptsmith.model.Role;
import dev.promptsmith.template.PlaceholderTemplate;
import java.util.List;

/**
 * One text of the prompt that the exported code renders: the system prompt or a message template.
 *
 * @param name the name the code gives it ({@code system}, {@code user}, {@code user_2}, …)
 * @param placeholders the pieces when {@code kind} is {@link Kind#PLACEHOLDERS} (or LITERAL), else null
 * @param variables the variables it reads, in order of first use
 * @param dropWhenBlank whether the request leaves it out when it renders blank, as the app does with a
 *                      system prompt (only a part that can render differently is marked)
 * @param marker the stand-in that marks where its rendered text goes in the request body
 */
record TemplatePart(String name, Role role, String template, Kind kind, PlaceholderTemplate placeholders,
                    List<String> variables, boolean dropWhenBlank, String marker) {

    /** How the code produces the text. */
    enum Kind {
        /** Fixed text: a constant. */
        LITERAL,
        /** Text and plain {@code {{ name }}} placeholders: the language's own string formatting. */
        PLACEHOLDERS,
        /** Jinja control flow or filters: the language's Jinja-compatible engine. */
        JINJA
    }

    TemplatePart {
        variables = List.copyOf(variables);
    }
}
