package dev.promptsmith.cost.finetune;

import dev.promptsmith.cost.ModelPrice;
import dev.promptsmith.cost.PriceTable;
import java.util.Comparator;
import java.util.List;

/**
 * A model that can be fine-tuned: its fine-tuned inference price from the price table's {@code ft:}
 * entry, and its training price when known.
 *
 * @param ftKey    the price-table key, e.g. {@code openai/ft:gpt-4o-mini-2024-07-18}
 * @param training the training price, or null when unknown (then the training cost is unknown)
 */
public record FineTuneOption(String ftKey, ModelPrice inference, TrainingPrice training) {

    /** The provider's id for the base model, e.g. {@code gpt-4o-mini-2024-07-18}. */
    public String baseModel() {
        return ftKey.substring(ftKey.indexOf("/ft:") + 4);
    }

    /** Every {@code ft:} entry of the table, cheapest inference first (by input, then output price). */
    public static List<FineTuneOption> all(PriceTable table, TrainingPrices training) {
        return table.entries().entrySet().stream()
                .filter(e -> e.getKey().contains("/ft:") && e.getValue().known() && !e.getValue().hourly())
                .map(e -> new FineTuneOption(e.getKey(), e.getValue(), training.find(e.getKey()).orElse(null)))
                .sorted(Comparator.comparing((FineTuneOption o) -> o.inference().input())
                        .thenComparing(o -> o.inference().output()).thenComparing(FineTuneOption::ftKey))
                .toList();
    }
}
