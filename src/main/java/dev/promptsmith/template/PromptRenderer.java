package dev.promptsmith.template;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a prompt variant with one test case's vars into the chat messages to send: the system
 * prompt (when not blank), then each few-shot example as a user and an assistant turn (mode
 * {@code turns}), then the variant's own messages. Thread-safe; Jinjava loads on the first Jinja
 * text that has tags.
 */
public final class PromptRenderer {

    private final JinjaEngine jinja;
    private final FewShotSelector selector;

    public PromptRenderer() {
        this(RenderLimits.DEFAULT);
    }

    public PromptRenderer(RenderLimits limits) {
        this(limits, new WordOverlapRanker());
    }

    /** @param ranker how {@code select: similar} finds the examples closest to a test case */
    public PromptRenderer(RenderLimits limits, ExampleRanker ranker) {
        this.jinja = new JinjaEngine(limits);
        this.selector = new FewShotSelector(ranker);
    }

    /**
     * @param vars the test case's variables (plain JSON values)
     * @param allExamples the project's example pool; the variant's few-shot settings pick from it
     */
    public RenderResult render(PromptVariant variant, Map<String, Object> vars, List<Example> allExamples) {
        List<TemplateProblem> problems = new ArrayList<>();
        for (String id : selector.unknownIds(variant.fewShot(), allExamples)) {
            problems.add(new TemplateProblem("fewShot", 0, 0, "unknown example id '" + id + "'"));
        }
        List<Example> selected = selector.select(variant.fewShot(), allExamples, vars);
        List<Map<String, Object>> exampleMaps = ExampleBindings.examples(selected);
        Map<String, Object> context = ExampleBindings.context(vars, exampleMaps);
        List<ChatMessage> messages = new ArrayList<>();

        String system = renderPart(variant, "system", variant.system(), context, problems);
        if (!system.isBlank()) {
            messages.add(ChatMessage.system(system));
        }
        if (variant.fewShot().mode() == FewShotMode.TURNS) {
            addTurns(variant, selected, exampleMaps, messages, problems);
        }
        for (int i = 0; i < variant.messages().size(); i++) {
            MessageTemplate message = variant.messages().get(i);
            String content = renderPart(variant, "messages[" + i + "]", message.content(), context, problems);
            messages.add(new ChatMessage(message.role(), content));
        }
        return new RenderResult(messages, problems);
    }

    /**
     * Only the few-shot turns {@link #render} puts between the system prompt and the variant's own
     * messages: empty unless the mode is {@code turns}. They depend on the examples alone, not on an
     * input's vars, so an exporter can render them once and ship them as data.
     */
    public RenderResult fewShotTurns(PromptVariant variant, List<Example> allExamples) {
        List<TemplateProblem> problems = new ArrayList<>();
        List<ChatMessage> messages = new ArrayList<>();
        if (variant.fewShot().mode() == FewShotMode.TURNS) {
            List<Example> selected = selector.select(variant.fewShot(), allExamples);
            addTurns(variant, selected, ExampleBindings.examples(selected), messages, problems);
        }
        return new RenderResult(messages, problems);
    }

    /**
     * The {@code examples} variable templates of {@code variant} see: one map per selected example
     * ({@code id}, {@code vars}, {@code output}, {@code tags} and each var again at the top level).
     */
    public List<Map<String, Object>> examplesVariable(PromptVariant variant, List<Example> allExamples) {
        return ExampleBindings.examples(selector.select(variant.fewShot(), allExamples));
    }

    /** Each example: the variant's first user message rendered with the example's vars, then the example's output untouched. */
    private void addTurns(PromptVariant variant, List<Example> selected, List<Map<String, Object>> exampleMaps,
                          List<ChatMessage> messages, List<TemplateProblem> problems) {
        int userIndex = firstUserMessage(variant);
        if (userIndex < 0) {
            problems.add(new TemplateProblem("fewShot", 0, 0, "few-shot turns need a user message to render each example with"));
            return;
        }
        if (variant.template() == TemplateSyntax.RAW && !selected.isEmpty()) {
            problems.add(new TemplateProblem("fewShot", 0, 0,
                    "few-shot turns need a jinja template: with template: raw every example's user turn would be the same text"));
            return;
        }
        String template = variant.messages().get(userIndex).content();
        for (Example example : selected) {
            String part = "example " + example.id() + " / messages[" + userIndex + "]";
            String user = renderPart(variant, part, template, ExampleBindings.context(example.vars(), exampleMaps), problems);
            messages.add(ChatMessage.user(user));
            messages.add(ChatMessage.assistant(example.output() == null ? "" : example.output()));
        }
    }

    private String renderPart(PromptVariant variant, String part, String text, Map<String, Object> context,
                              List<TemplateProblem> problems) {
        String template = text == null ? "" : text;
        if (variant.template() == TemplateSyntax.RAW) {
            return template;
        }
        JinjaEngine.Rendered rendered = jinja.render(template, context);
        rendered.problems().forEach(p -> problems.add(p.withPart(part)));
        return rendered.text();
    }

    private static int firstUserMessage(PromptVariant variant) {
        for (int i = 0; i < variant.messages().size(); i++) {
            if (variant.messages().get(i).role() == Role.USER) {
                return i;
            }
        }
        return -1;
    }
}
