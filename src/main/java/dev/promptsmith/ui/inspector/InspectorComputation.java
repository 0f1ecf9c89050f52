package dev.promptsmith.ui.inspector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import dev.promptsmith.template.TemplateAnalyzer;
import dev.promptsmith.tokens.TokenCount;
import dev.promptsmith.tokens.TokenCounter;
import dev.promptsmith.ui.common.ValueText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The inspector's work, plain Java so it runs on a background thread: variables, rendering, token counts. */
final class InspectorComputation {

    private final PromptRenderer renderer;
    private final TemplateAnalyzer analyzer;
    private final TokenCounter tokenCounter;
    /** Created on first use, on the background thread: Jackson must not load before the first frame. */
    private ObjectMapper json;

    InspectorComputation(PromptRenderer renderer, TemplateAnalyzer analyzer, TokenCounter tokenCounter) {
        this.renderer = renderer;
        this.analyzer = analyzer;
        this.tokenCounter = tokenCounter;
    }

    InspectorSnapshot compute(PromptVariant prompt, TestCase test, List<ModelRef> models, List<Example> examples) {
        if (prompt == null) {
            return new InspectorSnapshot(List.of(), "", List.of(), List.of());
        }
        Map<String, Object> vars = test == null ? Map.of() : test.vars();
        List<VariableRow> variables = variables(prompt, vars);
        RenderResult rendered = renderer.render(prompt, vars, examples);
        ModelRef first = models.isEmpty() ? null : models.get(0);
        String request = rendered.ok()
                ? requestJson(first, rendered.messages(), first == null ? prompt.params() : prompt.params().overriding(first.params()))
                : "The request cannot be rendered:\n\n" + rendered.problems().stream()
                        .map(p -> p.part() + " " + p.line() + ":" + p.column() + "  " + p.message())
                        .reduce((a, b) -> a + "\n" + b).orElse("");
        List<TokenRow> tokens = new ArrayList<>();
        if (rendered.ok()) {
            for (ModelRef model : models) {
                TokenCount count = tokenCounter.count(model.provider(), model.model(), rendered.messages());
                tokens.add(new TokenRow(model.id(), count.display(), count.method()));
            }
        }
        return new InspectorSnapshot(variables, request, tokens, rendered.problems());
    }

    private List<VariableRow> variables(PromptVariant prompt, Map<String, Object> vars) {
        Set<String> used = new TreeSet<>();
        Set<String> known = vars.keySet();
        used.addAll(analyzer.analyze(prompt.system(), prompt.template(), known).referencedVariables());
        for (MessageTemplate message : prompt.messages()) {
            used.addAll(analyzer.analyze(message.content(), prompt.template(), known).referencedVariables());
        }
        used.remove("examples");
        List<VariableRow> rows = new ArrayList<>();
        for (String name : used) {
            Object value = vars.get(name);
            rows.add(new VariableRow(name, ValueText.of(value),
                    vars.containsKey(name) ? VariableRow.Status.OK : VariableRow.Status.MISSING));
        }
        for (Map.Entry<String, Object> entry : vars.entrySet()) {
            if (!used.contains(entry.getKey())) {
                rows.add(new VariableRow(entry.getKey(), ValueText.of(entry.getValue()), VariableRow.Status.UNUSED));
            }
        }
        return rows;
    }

    /** A provider-neutral picture of the request: model, parameters that are set, and the messages. */
    private String requestJson(ModelRef model, List<ChatMessage> messages, ModelParams params) {
        if (json == null) {
            json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        }
        ObjectNode root = json.createObjectNode();
        if (model != null) {
            root.put("model", model.model());
        }
        if (params.temperature() != null) {
            root.put("temperature", params.temperature());
        }
        if (params.maxTokens() != null) {
            root.put("max_tokens", params.maxTokens());
        }
        if (params.topP() != null) {
            root.put("top_p", params.topP());
        }
        if (params.stop() != null && !params.stop().isEmpty()) {
            ArrayNode stop = root.putArray("stop");
            params.stop().forEach(stop::add);
        }
        ArrayNode list = root.putArray("messages");
        for (ChatMessage message : messages) {
            list.addObject().put("role", message.role().key()).put("content", message.content());
        }
        try {
            return json.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot happen for a tree of strings and numbers", e);
        }
    }
}
