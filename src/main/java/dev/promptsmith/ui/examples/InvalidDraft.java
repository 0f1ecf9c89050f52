package dev.promptsmith.ui.examples;

/** What is wrong with the record form's draft, in words the form shows as they are. */
final class InvalidDraft extends Exception {

    InvalidDraft(String message) {
        super(message);
    }
}
