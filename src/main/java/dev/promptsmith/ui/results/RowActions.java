package dev.promptsmith.ui.results;

/** What a result cell's output can become in the project; the shell carries these out on the project. */
public interface RowActions {

    RowActions NONE = new RowActions() {
        @Override
        public void useAsExpected(String testId, String output) {
        }

        @Override
        public void addAsExample(String testId, String output) {
        }
    };

    /** Makes the output the test's expected output. */
    void useAsExpected(String testId, String output);

    /** Adds the test's variables with this output as a few-shot example. */
    void addAsExample(String testId, String output);
}
