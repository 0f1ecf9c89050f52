package dev.promptsmith.ui.editor;

/** CSS class names of the prompt editor; editor.css styles exactly these. */
public final class EditorStyles {

    /** The editor stylesheet, to add to a scene or a parent. */
    public static final String STYLESHEET =
            EditorStyles.class.getResource("editor.css").toExternalForm();

    // Template syntax, produced by a SyntaxHighlighter.
    public static final String TPL_EXPRESSION = "tpl-expression";
    public static final String TPL_STATEMENT = "tpl-statement";
    public static final String TPL_COMMENT = "tpl-comment";
    public static final String TPL_TAG = "tpl-tag";
    public static final String TPL_VARIABLE = "tpl-variable";
    public static final String TPL_UNDEFINED = "tpl-undefined";

    // Find matches, layered over the syntax classes.
    public static final String FIND_MATCH = "find-match";
    public static final String FIND_CURRENT = "find-current";

    // Layout of the editor view.
    public static final String PROMPT_EDITOR = "prompt-editor";
    public static final String EDITOR_TOOLBAR = "prompt-editor-toolbar";
    public static final String TOOLBAR_LABEL = "toolbar-label";
    public static final String TEMPLATE_AREA = "template-code-area";
    public static final String EDITOR_FRAME = "editor-frame";
    public static final String SECTION = "editor-section";
    public static final String SECTION_HEADER = "editor-section-header";
    public static final String SECTION_TITLE = "editor-section-title";
    public static final String MESSAGE_LIST = "message-list";
    public static final String MESSAGE_CARD = "message-card";
    public static final String MESSAGE_HEADER = "message-header";
    public static final String ROLE_CHOICE = "role-choice";
    public static final String PARAMS_PANE = "params-pane";
    public static final String PARAM_FIELD = "param-field";
    public static final String FIELD_LABEL = "field-label";
    public static final String FIELD_ERROR = "field-error";
    public static final String FIND_BAR = "find-bar";
    public static final String FIND_ROW = "find-row";
    public static final String FIND_STATUS = "find-status";
    public static final String FIND_STATUS_ERROR = "find-status-error";

    private EditorStyles() {
    }
}
