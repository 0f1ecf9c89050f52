package dev.promptsmith.dataset;

import java.util.Map;
import java.util.Set;

/**
 * The assertion type names promptfoo knows (its {@code BaseAssertionTypes}), so that a {@code __expected}
 * cell starting with one of them is read as that assertion, and one Promptsmith cannot run is reported
 * instead of being taken for a plain expected value.
 */
final class PromptfooAssertionTypes {

    static final Set<String> BASE = Set.of(
            "contains", "contains-all", "contains-any", "icontains", "icontains-all", "icontains-any", "equals",
            "starts-with", "regex", "word-count", "levenshtein",
            "contains-json", "is-json", "contains-html", "is-html", "contains-sql", "is-sql", "contains-xml", "is-xml",
            "is-valid-function-call", "is-valid-openai-function-call", "is-valid-openai-tools-call", "tool-call-f1",
            "skill-used",
            "javascript", "python", "ruby", "webhook",
            "similar", "similar:cosine", "similar:dot", "similar:euclidean", "bleu", "gleu", "meteor", "rouge-n",
            "perplexity", "perplexity-score",
            "llm-rubric", "g-eval", "model-graded-closedqa", "model-graded-factuality", "factuality",
            "answer-relevance", "search-rubric", "pi",
            "context-faithfulness", "context-recall", "context-relevance", "conversation-relevance",
            "classifier", "moderation", "guardrails", "is-refusal",
            "cost", "latency", "finish-reason",
            "trace-error-spans", "trace-span-count", "trace-span-duration",
            "trajectory:goal-success", "trajectory:tool-args-match", "trajectory:step-count",
            "trajectory:tool-sequence", "trajectory:tool-used",
            "select-best", "human", "max-score", "assert-set", "rouge-l", "rouge-s");

    /** Older spellings promptfoo still reads: {@code grade:} is an llm-rubric; the others run code. */
    static final Map<String, String> LEGACY_PREFIXES = Map.of(
            "grade:", "llm-rubric",
            "fn:", "javascript",
            "eval:", "javascript",
            "file://", "file");

    /** Types whose value is code promptfoo runs ("file" is a script named by path); Promptsmith never runs code from a data file. */
    static final Set<String> CODE = Set.of("javascript", "python", "ruby", "webhook", "file");

    /** promptfoo gives {@code similar} this threshold when a CSV cell names none. */
    static final double SIMILAR_DEFAULT_THRESHOLD = 0.8;

    private PromptfooAssertionTypes() {
    }
}
