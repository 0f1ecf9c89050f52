package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.TestCase;

/** Grades an output against a rubric, usually by asking a model; used by {@code llm-rubric}. */
public interface Judge {

    /** Never throws for a failed grading: the verdict carries the error instead. */
    JudgeVerdict grade(String rubric, String output, TestCase test);
}
