package dev.promptsmith.export.code;

/** The bits of Python or JavaScript syntax the {@link ScriptLiteralWriter} needs to write a request body. */
interface ScriptSyntax {

    String string(String text);

    String bool(boolean value);

    String nullValue();

    /** A key inside a dict or object literal, with its separator. */
    String key(String name);

    /** A top-level field as the SDK call takes it: a keyword argument or an object property. */
    String argument(String name);

    /** An array element that is there only when {@code condition} holds. */
    String optionalElement(String condition, String element);

    /** A top-level field that is there only when {@code condition} holds. */
    String optionalArgument(String condition, String name, String value);

    /** True when the string {@code expression} is not blank (the app's test for a system prompt). */
    String notBlank(String expression);

    String indent();

    /** Whether a one-line object reads {@code { a: 1 }} (JavaScript style) rather than {@code {"a": 1}}. */
    boolean spacedBraces();

    /** Python, for the official openai and anthropic SDKs. */
    ScriptSyntax PYTHON = new ScriptSyntax() {
        @Override
        public String string(String text) {
            return PythonText.literal(text);
        }

        @Override
        public String bool(boolean value) {
            return value ? "True" : "False";
        }

        @Override
        public String nullValue() {
            return "None";
        }

        @Override
        public String key(String name) {
            return PythonText.literal(name) + ": ";
        }

        @Override
        public String argument(String name) {
            return name + "=";
        }

        @Override
        public String optionalElement(String condition, String element) {
            return "*([" + element + "] if " + condition + " else [])";
        }

        @Override
        public String optionalArgument(String condition, String name, String value) {
            return "**({" + PythonText.literal(name) + ": " + value + "} if " + condition + " else {})";
        }

        @Override
        public String notBlank(String expression) {
            return expression + ".strip()";
        }

        @Override
        public String indent() {
            return "    ";
        }

        @Override
        public boolean spacedBraces() {
            return false;
        }
    };

    /** JavaScript and TypeScript, for the official openai and @anthropic-ai/sdk packages. */
    ScriptSyntax JAVASCRIPT = new ScriptSyntax() {
        @Override
        public String string(String text) {
            return JsText.literal(text);
        }

        @Override
        public String bool(boolean value) {
            return value ? "true" : "false";
        }

        @Override
        public String nullValue() {
            return "null";
        }

        @Override
        public String key(String name) {
            return (name.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? name : JsText.literal(name)) + ": ";
        }

        @Override
        public String argument(String name) {
            return key(name);
        }

        @Override
        public String optionalElement(String condition, String element) {
            return "...(" + condition + " ? [" + element + "] : [])";
        }

        @Override
        public String optionalArgument(String condition, String name, String value) {
            return "...(" + condition + " ? { " + key(name) + value + " } : {})";
        }

        @Override
        public String notBlank(String expression) {
            return expression + ".trim()";
        }

        @Override
        public String indent() {
            return "  ";
        }

        @Override
        public boolean spacedBraces() {
            return true;
        }
    };
}
