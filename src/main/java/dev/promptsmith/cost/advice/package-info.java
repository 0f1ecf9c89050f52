/**
 * The prompt-or-fine-tune advisor: one small {@link dev.promptsmith.cost.advice.AdviceRule} per kind
 * of advice (target gap, ceiling, format, reasoning and knowledge failures, cheaper model,
 * fine-tuning), run in order by {@link dev.promptsmith.cost.advice.Advisor} over measured results.
 */
package dev.promptsmith.cost.advice;
