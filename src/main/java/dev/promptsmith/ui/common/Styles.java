package dev.promptsmith.ui.common;

/** CSS class names used from code; the rules live in app.css and refer to theme colour names. */
public final class Styles {

    public static final String PANEL_HEADER = "ps-panel-header";
    public static final String PANEL = "ps-panel";
    public static final String STATUS_BAR = "ps-status-bar";
    public static final String MONO = "ps-mono";
    public static final String MUTED = "ps-muted";
    public static final String CELL_OUTPUT = "ps-cell-output";
    public static final String CELL_META = "ps-cell-meta";
    public static final String CELL_ERROR = "ps-cell-error";
    public static final String CELL_RUNNING = "ps-cell-running";
    public static final String PROBLEM_ERROR = "ps-problem-error";
    public static final String PROBLEM_WARNING = "ps-problem-warning";
    public static final String VAR_MISSING = "ps-var-missing";
    public static final String VAR_UNUSED = "ps-var-unused";
    public static final String DIRTY = "ps-dirty";
    public static final String SECTION_TITLE = "ps-section-title";
    public static final String BADGE = "ps-badge";
    public static final String BADGE_PASS = "ps-badge-pass";
    public static final String BADGE_FAIL = "ps-badge-fail";
    public static final String DIFF_INSERTED = "ps-diff-inserted";
    public static final String DIFF_DELETED = "ps-diff-deleted";
    public static final String DIFF_TEXT = "ps-diff-text";
    public static final String BEST_COLUMN = "ps-best-column";
    public static final String COLUMN_SUMMARY = "ps-column-summary";
    public static final String DETAIL_CARD = "ps-detail-card";
    public static final String FILTER_BAR = "ps-filter-bar";
    public static final String MARKDOWN = "ps-markdown";
    public static final String MARKDOWN_HEADING = "ps-markdown-heading";
    public static final String MARKDOWN_STRONG = "ps-markdown-strong";
    public static final String MARKDOWN_EMPHASIS = "ps-markdown-emphasis";
    public static final String MARKDOWN_CODE = "ps-markdown-code";
    public static final String RECORD_FORM = "ps-record-form";
    public static final String FIELD_ERROR = "ps-field-error";
    public static final String CONFIRM_BAR = "ps-confirm-bar";

    private Styles() {
    }
}
