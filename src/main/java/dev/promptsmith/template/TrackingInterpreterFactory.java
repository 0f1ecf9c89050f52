package dev.promptsmith.template;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpreterFactory;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;

/**
 * Makes each render's interpreter a {@link PromptInterpreter} and installs the render's
 * {@link UndefinedTracker} on the context Jinjava creates for it. Jinjava
 * asks the factory of its global config, not of the render's config, so the tracker travels inside
 * the render config's {@link UndefinedAttributeResolver}.
 */
final class TrackingInterpreterFactory implements InterpreterFactory {

    @Override
    public JinjavaInterpreter newInstance(JinjavaInterpreter original) {
        return new PromptInterpreter(original);
    }

    @Override
    public JinjavaInterpreter newInstance(Jinjava jinjava, Context context, JinjavaConfig config) {
        if (config.getElResolver() instanceof UndefinedAttributeResolver resolver) {
            context.setDynamicVariableResolver(resolver.tracker());
        }
        return new PromptInterpreter(jinjava, context, config);
    }
}
