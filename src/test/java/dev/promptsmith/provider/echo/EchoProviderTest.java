package dev.promptsmith.provider.echo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.tokens.TokenCounter;
import java.util.List;
import org.junit.jupiter.api.Test;

class EchoProviderTest {

    private final EchoProvider echo = new EchoProvider(new TokenCounter());
    private final ChatRequest request = new ChatRequest("echo",
            List.of(ChatMessage.system("You classify tickets."), ChatMessage.user("My card was charged twice.")),
            ModelParams.NONE);

    @Test
    void answersWithTheRequestAsText() {
        ChatResponse response = echo.complete(request, d -> { }, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(response.text()).isEqualTo("[system]\nYou classify tickets.\n\n[user]\nMy card was charged twice.");
        assertThat(response.finishReason()).isEqualTo("stop");
    }

    @Test
    void streamsTheSameTextItReturns() {
        StringBuilder streamed = new StringBuilder();
        ChatResponse response = echo.complete(request, streamed::append, new CancelSignal());
        assertThat(streamed.toString()).isEqualTo(response.text());
    }

    @Test
    void usageIsCountedLocallyAndFlaggedAsEstimated() {
        ChatResponse response = echo.complete(request, d -> { }, new CancelSignal());
        assertThat(response.usage().estimated()).isTrue();
        assertThat(response.usage().inputTokens()).isPositive();
        assertThat(response.usage().outputTokens()).isPositive();
    }

    @Test
    void cancelledCallReportsCancellation() {
        CancelSignal cancel = new CancelSignal();
        cancel.cancel();
        ChatResponse response = echo.complete(request, d -> { }, cancel);
        assertThat(response.ok()).isFalse();
        assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.CANCELLED);
    }
}
