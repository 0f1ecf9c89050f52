package dev.promptsmith.compare.history;

/** How one case (test × prompt name × model) moved from run A to run B. */
public enum CaseChange {
    /** Passed in A and fails in B, or, with the same verdict, scores lower in B. */
    REGRESSION,
    /** Failed in A and passes in B, or, with the same verdict, scores higher in B. */
    IMPROVEMENT,
    /** Same verdict and same mean score. */
    UNCHANGED,
    /** Run A has the case, run B does not. */
    ONLY_IN_A,
    /** Run B has the case, run A does not. */
    ONLY_IN_B
}
