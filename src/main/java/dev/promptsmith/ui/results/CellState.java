package dev.promptsmith.ui.results;

/** What a result cell is showing. */
public enum CellState { PENDING, RUNNING, DONE, FAILED, CANCELLED, NOT_RUN }
