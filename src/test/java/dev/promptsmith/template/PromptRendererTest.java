package dev.promptsmith.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PromptRendererTest {

    private static final PromptRenderer RENDERER = new PromptRenderer();

    private static final List<Example> EXAMPLES = List.of(
            new Example("ex-01", Map.of("ticket", "I was charged twice"), "billing", List.of("billing"), null),
            new Example("ex-02", Map.of("ticket", "App crashes on start"), "bug", List.of("bug"), null),
            new Example("ex-03", Map.of("ticket", "How do I export?"), "question", List.of(), "a note"));

    private static PromptVariant variant(String system, String user) {
        return new PromptVariant("triage", "", TemplateSyntax.JINJA, system,
                List.of(new MessageTemplate(Role.USER, user)), FewShot.NONE, null, null);
    }

    @Test
    void rendersSystemThenMessagesWithTheTestVars() {
        PromptVariant v = new PromptVariant("triage", "", TemplateSyntax.JINJA, "You triage {{ product }} tickets.",
                List.of(new MessageTemplate(Role.USER, "Ticket: {{ ticket }}"),
                        new MessageTemplate(Role.ASSISTANT, "Label:"),
                        new MessageTemplate(Role.USER, "Answer with one word.")),
                FewShot.NONE, null, null);

        RenderResult r = RENDERER.render(v, Map.of("product", "Acme", "ticket", "Refund please"), EXAMPLES);

        assertThat(r.ok()).isTrue();
        assertThat(r.messages()).containsExactly(
                ChatMessage.system("You triage Acme tickets."),
                ChatMessage.user("Ticket: Refund please"),
                ChatMessage.assistant("Label:"),
                ChatMessage.user("Answer with one word."));
    }

    @Test
    void blankSystemPromptIsLeftOut() {
        RenderResult r = RENDERER.render(variant("{% if false %}never{% endif %}\n", "Hi"), Map.of(), List.of());

        assertThat(r.messages()).containsExactly(ChatMessage.user("Hi"));
    }

    @Test
    void examplesAreAvailableToTheTemplate() {
        PromptVariant v = variant("{% for ex in examples %}Input: {{ ex.vars.ticket }} → {{ ex.output }}\n{% endfor %}",
                "{{ examples | length }} {{ examples[0].ticket }} {{ examples[0].id }} {{ examples[0].tags | join(',') }}")
                .withFewShot(new FewShot(FewShotMode.NONE, 2, List.of()));

        RenderResult r = RENDERER.render(v, Map.of(), EXAMPLES);

        assertThat(r.problems()).isEmpty();
        assertThat(r.messages()).containsExactly(
                ChatMessage.system("Input: I was charged twice → billing\nInput: App crashes on start → bug\n"),
                ChatMessage.user("2 I was charged twice ex-01 billing"));
    }

    @Test
    void fewShotTurnsComeAfterTheSystemPromptAndBeforeTheVariantsMessages() {
        PromptVariant v = new PromptVariant("triage", "", TemplateSyntax.JINJA, "Classify.",
                List.of(new MessageTemplate(Role.USER, "Ticket: {{ ticket }}")),
                new FewShot(FewShotMode.TURNS, null, List.of("ex-02", "ex-01")), null, null);

        RenderResult r = RENDERER.render(v, Map.of("ticket", "Where is my invoice?"), EXAMPLES);

        assertThat(r.problems()).isEmpty();
        assertThat(r.messages()).containsExactly(
                ChatMessage.system("Classify."),
                ChatMessage.user("Ticket: App crashes on start"),
                ChatMessage.assistant("bug"),
                ChatMessage.user("Ticket: I was charged twice"),
                ChatMessage.assistant("billing"),
                ChatMessage.user("Ticket: Where is my invoice?"));
    }

    @Test
    void fewShotTurnsUseTheFirstUserMessageAndKeepOutputsUntouched() {
        List<Example> examples = List.of(new Example("ex-j", Map.of("ticket", "t"), "{\"label\": \"{{ x }}\"}", null, null));
        PromptVariant v = new PromptVariant("triage", "", TemplateSyntax.JINJA, "",
                List.of(new MessageTemplate(Role.ASSISTANT, "Ready."), new MessageTemplate(Role.USER, "T: {{ ticket }}")),
                new FewShot(FewShotMode.TURNS, null, List.of()), null, null);

        RenderResult r = RENDERER.render(v, Map.of("ticket", "now"), examples);

        assertThat(r.messages()).containsExactly(
                ChatMessage.user("T: t"),
                ChatMessage.assistant("{\"label\": \"{{ x }}\"}"),
                ChatMessage.assistant("Ready."),
                ChatMessage.user("T: now"));
    }

    @Test
    void problemInAFewShotTurnNamesTheExample() {
        List<Example> examples = List.of(new Example("ex-09", Map.of("text", "no ticket var"), "x", null, null));
        PromptVariant v = variant("", "Ticket: {{ ticket }}").withFewShot(new FewShot(FewShotMode.TURNS, null, List.of()));

        RenderResult r = RENDERER.render(v, Map.of("ticket", "fine"), examples);

        assertThat(r.ok()).isFalse();
        assertThat(r.messages()).isEmpty();
        assertThat(r.problems()).containsExactly(
                new TemplateProblem("example ex-09 / messages[0]", 1, 12, "undefined variable 'ticket'"));
    }

    @Test
    void problemsNameTheirPart() {
        PromptVariant v = new PromptVariant("triage", "", TemplateSyntax.JINJA, "System {{ a }}",
                List.of(new MessageTemplate(Role.USER, "ok"), new MessageTemplate(Role.USER, "\n{{ b }}")),
                FewShot.NONE, null, null);

        RenderResult r = RENDERER.render(v, Map.of(), List.of());

        assertThat(r.problems()).containsExactly(
                new TemplateProblem("system", 1, 11, "undefined variable 'a'"),
                new TemplateProblem("messages[1]", 2, 4, "undefined variable 'b'"));
        assertThat(r.problems().get(0)).hasToString("system:1:11: undefined variable 'a'");
    }

    @Test
    void unknownExampleIdIsAProblem() {
        PromptVariant v = variant("", "x").withFewShot(new FewShot(FewShotMode.TURNS, null, List.of("ex-01", "ex-99")));

        RenderResult r = RENDERER.render(v, Map.of(), EXAMPLES);

        assertThat(r.problems()).containsExactly(new TemplateProblem("fewShot", 0, 0, "unknown example id 'ex-99'"));
    }

    @Test
    void rawTemplateIsSentUntouched() {
        String json = "Return {\"label\": \"{{ not a var }}\", \"x\": {% raw %} {# #}\n";
        PromptVariant v = new PromptVariant("json", "", TemplateSyntax.RAW, "System {{ x }}",
                List.of(new MessageTemplate(Role.USER, json)), FewShot.NONE, null, null);

        RenderResult r = RENDERER.render(v, Map.of(), EXAMPLES);

        assertThat(r.ok()).isTrue();
        assertThat(r.messages()).containsExactly(ChatMessage.system("System {{ x }}"), ChatMessage.user(json));
    }

    @Test
    void rawTemplateCannotUseFewShotTurns() {
        PromptVariant v = variant("", "{ raw }").withTemplate(TemplateSyntax.RAW)
                .withFewShot(new FewShot(FewShotMode.TURNS, 1, List.of()));

        RenderResult r = RENDERER.render(v, Map.of(), EXAMPLES);

        assertThat(r.problems()).extracting(TemplateProblem::part).containsExactly("fewShot");
    }

    @Test
    void fewShotTurnsWithoutAUserMessageIsAProblem() {
        PromptVariant v = new PromptVariant("t", "", TemplateSyntax.JINJA, "s",
                List.of(new MessageTemplate(Role.ASSISTANT, "a")), new FewShot(FewShotMode.TURNS, null, List.of()), null, null);

        assertThat(RENDERER.render(v, Map.of(), EXAMPLES).problems()).extracting(TemplateProblem::part).containsExactly("fewShot");
    }

    @Test
    void testVarsMayBeNestedJsonValues() {
        Map<String, Object> vars = Map.of("customer", Map.of("name", "Ann", "orders", List.of(1, 2, 3)), "vip", true);

        RenderResult r = RENDERER.render(variant("", "{{ customer.name }} has {{ customer.orders | length }} orders"
                + "{% if vip %} (VIP){% endif %}"), vars, List.of());

        assertThat(r.messages()).containsExactly(ChatMessage.user("Ann has 3 orders (VIP)"));
    }

    @Test
    void nullArgumentsAreTreatedAsEmpty() {
        RenderResult r = RENDERER.render(variant(null, "plain"), null, null);

        assertThat(r.messages()).containsExactly(ChatMessage.user("plain"));
    }

    @Test
    void concurrentRendersDoNotInterfere() throws Exception {
        PromptRenderer renderer = new PromptRenderer();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RenderResult>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int n = i;
                results.add(pool.submit(() -> renderer.render(
                        variant("", n % 2 == 0 ? "{% for i in range(n) %}{{ i }}{% endfor %}" : "{{ missing }}{{ n }}"),
                        Map.of("n", n), EXAMPLES)));
            }
            for (int i = 0; i < results.size(); i++) {
                RenderResult r = results.get(i).get();
                if (i % 2 == 0) {
                    StringBuilder expected = new StringBuilder();
                    for (int k = 0; k < i; k++) {
                        expected.append(k);
                    }
                    assertThat(r.messages()).containsExactly(ChatMessage.user(expected.toString()));
                } else {
                    assertThat(r.problems()).containsExactly(new TemplateProblem("messages[0]", 1, 4, "undefined variable 'missing'"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
