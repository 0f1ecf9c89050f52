package dev.promptsmith.ui.examples;

import static dev.promptsmith.ui.examples.Records.DATA;
import static dev.promptsmith.ui.examples.Records.INLINE;
import static dev.promptsmith.ui.examples.Records.example;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCount;
import dev.promptsmith.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The example table without a window: the tokens each example adds, and the order that matters. */
class ExamplesViewModelTest {

    private static final ModelRef GPT = new ModelRef("gpt", "openai", "gpt-4o-mini", null);
    private static final ModelRef CLAUDE = new ModelRef("claude", "anthropic", "claude-3-5-haiku-latest", null);
    private static final PromptVariant PROMPT = new PromptVariant("triage", "", TemplateSyntax.JINJA, "Route tickets.",
            List.of(new MessageTemplate(Role.USER, "Ticket from a customer:\n{{ ticket }}\nLabel:")), null, null, ModelParams.NONE);

    private final TokenCounter counter = new TokenCounter();
    private final List<List<Example>> published = new ArrayList<>();
    private ExamplesViewModel viewModel;

    @BeforeEach
    void setUp() {
        viewModel = new ExamplesViewModel(INLINE, published::add, DATA, counter, new PromptRenderer());
        viewModel.setRecords(List.of(example("ex-01", "Refund my last invoice", "billing"),
                example("ex-02", "The app crashes whenever I open settings on my phone", "technical")));
    }

    @Test
    void eachExampleShowsTheTokensItsRenderedTurnsAddForTheChosenModel() {
        viewModel.tokenPromptProperty().set(PROMPT);
        viewModel.tokenModelProperty().set(GPT);

        int first = added(GPT, "Ticket from a customer:\nRefund my last invoice\nLabel:", "billing");
        int second = added(GPT, "Ticket from a customer:\nThe app crashes whenever I open settings on my phone\nLabel:", "technical");
        assertThat(viewModel.rows()).extracting(Row::getTokens).containsExactly(String.valueOf(first), String.valueOf(second));
        assertThat(viewModel.tokensHeaderProperty().get()).isEqualTo("Tokens (gpt)");
        assertThat(viewModel.getTokensTotal()).isEqualTo("All 2 examples add " + (first + second) + " tokens");
    }

    @Test
    void aModelWithoutAKnownTokenizerShowsAnEstimate() {
        viewModel.tokenPromptProperty().set(PROMPT);
        viewModel.tokenModelProperty().set(CLAUDE);

        assertThat(viewModel.rows()).extracting(Row::getTokens).allMatch(t -> t.matches("≈\\d+"));
        assertThat(viewModel.getTokensTotal()).startsWith("All 2 examples add ≈");
    }

    @Test
    void withoutAPromptTheExampleTextsAreCountedAsAnEstimate() {
        viewModel.tokenModelProperty().set(GPT);

        int first = added(GPT, "Refund my last invoice", "billing");
        assertThat(viewModel.rows().get(0).getTokens()).isEqualTo("≈" + first);
    }

    @Test
    void withoutAModelThereAreNoCounts() {
        viewModel.tokenPromptProperty().set(PROMPT);

        assertThat(viewModel.rows()).extracting(Row::getTokens).containsOnly("");
        assertThat(viewModel.tokensHeaderProperty().get()).isEqualTo("Tokens");
        assertThat(viewModel.getTokensTotal()).isEmpty();
    }

    @Test
    void anEditedExampleIsCountedAgain() {
        viewModel.tokenPromptProperty().set(PROMPT);
        viewModel.tokenModelProperty().set(GPT);
        viewModel.select(List.of(viewModel.rows().get(0)));

        viewModel.form().outcomeProperty().set("billing, and a refund is owed to the customer right away");
        viewModel.applyForm();

        int now = added(GPT, "Ticket from a customer:\nRefund my last invoice\nLabel:",
                "billing, and a refund is owed to the customer right away");
        assertThat(viewModel.rows().get(0).getTokens()).isEqualTo(String.valueOf(now));
    }

    @Test
    void theOrderOfExamplesIsDataThatMovesAndIsHandedOn() {
        viewModel.select(List.of(viewModel.rows().get(1)));

        viewModel.moveUp();

        assertThat(published.get(0)).extracting(Example::id).containsExactly("ex-02", "ex-01");
        assertThat(viewModel.getStatus()).isEqualTo("Move example up");
    }

    /** What two turns add to a request, counted here the plain way. */
    private int added(ModelRef model, String user, String assistant) {
        TokenCount with = counter.count(model.provider(), model.model(),
                List.of(ChatMessage.user(user), ChatMessage.assistant(assistant)));
        return with.tokens() - counter.count(model.provider(), model.model(), List.of()).tokens();
    }
}
