package dev.promptsmith.cost.finetune;

import java.math.BigDecimal;

/**
 * What supervised fine-tuning of one model costs per million TRAINING tokens (dataset tokens ×
 * epochs), and how sure the figure is.
 *
 * @param ftKey      the price-table key of the fine-tuned model's inference price, e.g.
 *                   {@code openai/ft:gpt-4o-mini-2024-07-18}
 * @param perMillion US dollars per million training tokens
 * @param verified   false while the figure has not been checked against the provider's price page
 */
public record TrainingPrice(String ftKey, BigDecimal perMillion, boolean verified, String source) {
}
