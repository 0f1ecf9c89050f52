package dev.promptsmith.model;

/** A chat turn of a prompt variant whose content is a template. */
public record MessageTemplate(Role role, String content) {
}
