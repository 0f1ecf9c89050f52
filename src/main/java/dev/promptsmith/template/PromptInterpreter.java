package dev.promptsmith.template;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;

/**
 * Jinjava's interpreter with one difference: a string value is printed as it is, as Jinja2 prints
 * it. With the Pyish object mapper on (for Python-like lists, dicts and booleans), Jinjava prints a
 * string by writing it as JSON and undoing only some of the escapes, so a control character in a
 * variable (U+0007, an ANSI escape) reached the model as a six-character backslash-u escape when a
 * filter touched it, and as itself when none did.
 */
final class PromptInterpreter extends JinjavaInterpreter {

    PromptInterpreter(JinjavaInterpreter original) {
        super(original);
    }

    PromptInterpreter(Jinjava jinjava, Context context, JinjavaConfig config) {
        super(jinjava, context, config);
    }

    @Override
    public String getAsString(Object object) {
        return object instanceof String text ? text : super.getAsString(object);
    }
}
