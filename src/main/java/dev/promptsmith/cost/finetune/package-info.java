/**
 * Fine-tuning against prompting: the training set a project gives (held-out cases kept apart), its
 * training cost at unverified per-token training prices, and the total cost of ownership of both
 * paths month by month with break-even month and volume.
 */
package dev.promptsmith.cost.finetune;
