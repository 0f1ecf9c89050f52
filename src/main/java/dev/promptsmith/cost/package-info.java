/**
 * Money: the price table (bundled, plus the user's overrides), the cost of one call from its
 * reported usage, estimates of a run before it starts, and what measured runs say about cost —
 * usage profiles per column at list prices, projections of a monthly volume onto columns and
 * models, and the cost levers of a prompt (system prompt, few-shot examples, prompt caching). Money
 * is {@link java.math.BigDecimal} and an unpriced model is unknown, never $0.
 */
package dev.promptsmith.cost;
