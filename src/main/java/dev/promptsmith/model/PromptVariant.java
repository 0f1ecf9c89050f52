package dev.promptsmith.model;

import java.util.List;

/**
 * One prompt variant, stored as {@code prompts/<name>.prompt.yaml}.
 *
 * @param name unique in the project; also the file name stem
 * @param template how {@link #system} and message contents are rendered
 * @param messages the conversation after the system prompt, usually one user turn
 */
public record PromptVariant(
        String name,
        String description,
        TemplateSyntax template,
        String system,
        List<MessageTemplate> messages,
        FewShot fewShot,
        OutputSpec output,
        ModelParams params) {

    public PromptVariant {
        messages = List.copyOf(messages);
        if (template == null) {
            template = TemplateSyntax.JINJA;
        }
        if (fewShot == null) {
            fewShot = FewShot.NONE;
        }
        if (output == null) {
            output = OutputSpec.TEXT;
        }
        if (params == null) {
            params = ModelParams.NONE;
        }
        if (system == null) {
            system = "";
        }
        if (description == null) {
            description = "";
        }
    }

    public PromptVariant withSystem(String value) {
        return new PromptVariant(name, description, template, value, messages, fewShot, output, params);
    }

    public PromptVariant withMessages(List<MessageTemplate> value) {
        return new PromptVariant(name, description, template, system, value, fewShot, output, params);
    }

    public PromptVariant withParams(ModelParams value) {
        return new PromptVariant(name, description, template, system, messages, fewShot, output, value);
    }

    public PromptVariant withTemplate(TemplateSyntax value) {
        return new PromptVariant(name, description, value, system, messages, fewShot, output, params);
    }

    public PromptVariant withFewShot(FewShot value) {
        return new PromptVariant(name, description, template, system, messages, value, output, params);
    }

    public PromptVariant withName(String value) {
        return new PromptVariant(value, description, template, system, messages, fewShot, output, params);
    }
}
