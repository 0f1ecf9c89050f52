package dev.promptsmith.export.finetune;

/** An output a model gave for a test case that passed and that a person chose to train on. */
public record PassingOutput(String testId, String output) {
}
