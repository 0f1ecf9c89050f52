package dev.promptsmith.export.code;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Makes the {@link CallPlan} of an SDK export: the prompt's texts become {@link TemplatePart}s, the
 * few-shot turns are rendered once (they depend on the examples only), and the app's own request
 * builder writes the body with a marker where each part's rendered text goes.
 */
final class CallPlanner {

    /** The plan, or the problems that prevent one. */
    record Planned(CallPlan plan, List<String> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Pattern EXAMPLES_WORD = Pattern.compile("\\bexamples\\b");

    private final PromptRenderer renderer;
    private final AppRequestBuilder requests;
    private final PartFactory parts = new PartFactory();
    private final ObjectMapper mapper = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    CallPlanner(PromptRenderer renderer, AppRequestBuilder requests) {
        this.renderer = renderer;
        this.requests = requests;
    }

    Planned plan(CodeExportRequest export, Set<WireApi> supported) {
        PromptVariant prompt = export.prompt();
        WireApi wire = WireApi.ofKind(export.provider().kind()).orElse(null);
        if (wire == null || !supported.contains(wire)) {
            return failed(PromptProblems.of(prompt, "this target cannot call provider '" + export.provider().id()
                    + "' (API kind '" + export.provider().kind() + "'); it speaks " + supported));
        }
        RenderResult turns = renderer.fewShotTurns(prompt, export.project().examples());
        if (!turns.ok()) {
            return new Planned(null, PromptProblems.of(prompt, turns.problems()));
        }
        String nonce = "\u0001" + UUID.randomUUID() + "#";
        List<TemplatePart> templateParts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<ChatMessage> messages = new ArrayList<>();
        if (!prompt.system().isBlank()) {
            TemplatePart system = parts.make("system", "system", Role.SYSTEM, prompt.system(), prompt.template(), true,
                    nonce + "0\u0001", problems);
            templateParts.add(system);
            messages.add(ChatMessage.system(system.marker()));
        }
        messages.addAll(turns.messages());
        Map<Role, Integer> seen = new EnumMap<>(Role.class);
        for (int i = 0; i < prompt.messages().size(); i++) {
            MessageTemplate message = prompt.messages().get(i);
            int n = seen.merge(message.role(), 1, Integer::sum);
            String name = message.role().key() + (n == 1 ? "" : "_" + n);
            TemplatePart part = parts.make(name, "messages[" + i + "]", message.role(), message.content(), prompt.template(), false,
                    nonce + templateParts.size() + "\u0001", problems);
            templateParts.add(part);
            messages.add(new ChatMessage(message.role(), part.marker()));
        }
        if (!problems.isEmpty()) {
            return new Planned(null, problems.stream().map(p -> PromptProblems.of(prompt, p)).toList());
        }
        AppRequestBuilder.Built built = requests.forMessages(export, messages, false);
        if (!built.ok()) {
            return new Planned(null, built.problems());
        }
        ObjectNode body = (ObjectNode) read(built.spec().jsonBody());
        for (TemplatePart part : templateParts) {
            if (part.dropWhenBlank() && !BodyMarkers.isDroppable(body, part.marker())) {
                return failed(PromptProblems.of(prompt, "the system prompt has variables and this API joins it with "
                        + "other system messages, so whether to send it depends on its text: export as curl instead"));
            }
        }
        return new Planned(new CallPlan(export, wire, templateParts, variables(templateParts),
                examples(export, templateParts), body, built.baseUrl(), built.path(), built.spec().headers(),
                built.keyStandIn()), List.of());
    }

    private static List<String> variables(List<TemplatePart> parts) {
        Set<String> names = new LinkedHashSet<>();
        parts.forEach(p -> names.addAll(p.variables()));
        return List.copyOf(names);
    }

    private JsonNode examples(CodeExportRequest export, List<TemplatePart> parts) {
        boolean read = parts.stream().anyMatch(p -> p.kind() == TemplatePart.Kind.JINJA
                && EXAMPLES_WORD.matcher(p.template()).find());
        return read ? mapper.valueToTree(renderer.examplesVariable(export.prompt(), export.project().examples())) : null;
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            // The app's own writer produced it; unreadable JSON here is a bug, not user input.
            throw new UncheckedIOException(e);
        }
    }

    private static Planned failed(String problem) {
        return new Planned(null, List.of(problem));
    }
}
