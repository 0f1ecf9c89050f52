package dev.promptsmith.cost;

import java.math.BigDecimal;

/**
 * Higher prices that apply to the whole call once its prompt is larger than {@code aboveTokens}
 * (Gemini Pro and Claude Sonnet above 200k, GPT-5.5 above 272k). Null prices fall back to the base.
 */
public record PriceTier(int aboveTokens, BigDecimal input, BigDecimal output, BigDecimal cacheRead,
                        BigDecimal cacheWrite) {
}
