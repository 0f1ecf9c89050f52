/**
 * Money: the price table (bundled, plus the user's overrides), the cost of one call from its
 * reported usage, and estimates of a run before it starts. Money is {@link java.math.BigDecimal}
 * and an unpriced model is unknown, never $0.
 */
package dev.promptsmith.cost;
