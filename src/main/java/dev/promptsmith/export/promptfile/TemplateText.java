package dev.promptsmith.export.promptfile;

import java.util.regex.Pattern;

/** Escapes text that must reach the model as is, for the template language of the target format. */
final class TemplateText {

    private static final Pattern JINJA_TAG = Pattern.compile("\\{[{%#]");

    private TemplateText() {
    }

    /** The turn's text as a Jinja (or Nunjucks) template that renders to it. */
    static String jinja(PortablePrompt.Turn turn) {
        return turn.literal() ? jinjaLiteral(turn.text()) : turn.text();
    }

    /**
     * Text that renders to itself in Jinja and Nunjucks: unchanged when it has no tag openers, else in a
     * {@code raw} block, or (when it contains {@code endraw} itself) with each opener printed as a string.
     */
    static String jinjaLiteral(String text) {
        if (!JINJA_TAG.matcher(text).find()) {
            return text;
        }
        if (!text.contains("endraw")) {
            return "{% raw %}" + text + "{% endraw %}";
        }
        return JINJA_TAG.matcher(text).replaceAll(m -> "{{ '" + m.group() + "' }}");
    }

    /** Text that renders to itself in Handlebars: every {@code {{} escaped with a backslash. */
    static String handlebarsLiteral(String text) {
        return text.replace("{{", "\\{{");
    }
}
