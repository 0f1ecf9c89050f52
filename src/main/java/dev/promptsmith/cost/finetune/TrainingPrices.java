package dev.promptsmith.cost.finetune;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Training prices per million training tokens. LiteLLM's price file has none, so these come from
 * the project reference (llm-apis-and-formats.md §3.4), where they are marked UNVERIFIED (third-party
 * pages disagree): every one carries {@code verified = false}, and the user can replace it.
 */
public final class TrainingPrices {

    private static final String SOURCE = "reference §3.4 (unverified: third-party pages disagree; check OpenAI's pricing page)";

    private final Map<String, TrainingPrice> byKey;

    public TrainingPrices(List<TrainingPrice> prices) {
        this.byKey = prices.stream().collect(Collectors.toUnmodifiableMap(TrainingPrice::ftKey, Function.identity()));
    }

    /** The bundled figures, all unverified. */
    public static TrainingPrices bundled() {
        return new TrainingPrices(List.of(
                price("openai/ft:gpt-4o-2024-08-06", "25"),
                price("openai/ft:gpt-4o-mini-2024-07-18", "3"),
                price("openai/ft:gpt-4.1-2025-04-14", "25"),
                price("openai/ft:gpt-4.1-mini-2025-04-14", "5"),
                price("openai/ft:gpt-4.1-nano-2025-04-14", "1.50")));
    }

    /** The training price of the fine-tuned model priced under {@code ftKey}, if known. */
    public Optional<TrainingPrice> find(String ftKey) {
        return Optional.ofNullable(byKey.get(ftKey));
    }

    private static TrainingPrice price(String key, String perMillion) {
        return new TrainingPrice(key, new BigDecimal(perMillion), false, SOURCE);
    }
}
