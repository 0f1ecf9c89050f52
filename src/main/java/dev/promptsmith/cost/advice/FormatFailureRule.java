package dev.promptsmith.cost.advice;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Project;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Failures of the answer's shape rather than its content: JSON that does not parse or fit its schema,
 * an answer the extraction cannot find, or a regex format guard (one in the project's
 * {@code defaultAssert}, or an anchored {@code ^…$} pattern) that fails. These call for structured
 * output: a schema and the provider's structured-output mode, not a different model.
 */
final class FormatFailureRule implements AdviceRule {

    static final Set<String> FORMAT_TYPES = Set.of("is-json", "json-schema", "contains-json", "extract");
    static final String REGEX = "regex";
    /** From this share of failing cases on, format is a main failure mode. */
    static final double MAIN_SHARE = 0.25;

    private static final Pattern LEADING_FLAGS = Pattern.compile("^\\(\\?[a-zA-Z]+\\)");

    @Override
    public List<Advice> advise(AdviceContext context) {
        int failing = 0;
        int formatOnly = 0;
        Map<String, Integer> perColumn = new LinkedHashMap<>();
        Map<String, Integer> perType = new TreeMap<>();
        Map<String, Integer> perCase = new LinkedHashMap<>();
        Set<String> reasons = new LinkedHashSet<>();
        Project project = context.inputs().project();
        for (Map<String, CaseResult> byTest : context.cases().values()) {
            for (CaseResult result : byTest.values()) {
                if (result.passed() || result.failedByErrorsOnly()) {
                    continue;
                }
                failing++;
                Set<String> format = formatFailures(project, result);
                if (format.isEmpty()) {
                    continue;
                }
                perColumn.merge(result.columnId(), 1, Integer::sum);
                perCase.merge(result.testId(), 1, Integer::sum);
                format.forEach(t -> perType.merge(t, 1, Integer::sum));
                formatOnly += result.failedTypes().stream().noneMatch(AdviceContext::isContentCheck) ? 1 : 0;
                format.stream().map(result::reason).filter(r -> !r.isBlank()).limit(1).forEach(reasons::add);
            }
        }
        int formatCases = perCase.values().stream().mapToInt(Integer::intValue).sum();
        if (formatCases == 0) {
            return List.of();
        }
        List<String> evidence = new ArrayList<>();
        perColumn.forEach((column, n) -> evidence.add(column + ": " + AdviceText.count(n, "case fails", "cases fail")
                + " a format check"));
        evidence.add("Checks failed: " + perType.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse(""));
        reasons.stream().limit(3).forEach(r -> evidence.add("e.g. " + r));
        List<String> ids = perCase.keySet().stream().sorted(context.byFailures(perCase)).toList();
        double share = (double) formatCases / failing;
        return List.of(new Advice(Advice.Kind.FORMAT_FAILURES,
                share >= MAIN_SHARE ? Advice.Severity.SUGGESTION : Advice.Severity.INFO,
                AdviceText.pct(share) + " of the failures (" + formatCases + " of " + failing + " failing cases across "
                        + "columns) are format failures" + (formatOnly == 0 ? "" : ", " + formatOnly + " of them with every content "
                        + "check passing") + ". Use structured "
                        + "output: give the prompt an output schema (output.format json with a schema) and the provider's "
                        + "structured-output mode, or tighten the output instructions. Cases: " + AdviceText.ids(ids) + ".",
                evidence, ids));
    }

    /** The share of failing cases (over all columns, failures by errors alone left out) that fail a format check. */
    static double formatShare(AdviceContext context) {
        int failing = 0;
        int format = 0;
        for (Map<String, CaseResult> byTest : context.cases().values()) {
            for (CaseResult result : byTest.values()) {
                if (!result.passed() && !result.failedByErrorsOnly()) {
                    failing++;
                    format += formatFailures(context.inputs().project(), result).isEmpty() ? 0 : 1;
                }
            }
        }
        return failing == 0 ? 0 : (double) format / failing;
    }

    /** The failed checks of {@code result} that check the answer's shape. */
    static Set<String> formatFailures(Project project, CaseResult result) {
        Set<String> format = new LinkedHashSet<>();
        for (String type : result.failedTypes()) {
            if (FORMAT_TYPES.contains(type) || (type.equals(REGEX) && guardedByRegex(project, result.testId()))) {
                format.add(type);
            }
        }
        return format;
    }

    /** Whether a failed regex on this test is a format guard rather than a content check. */
    private static boolean guardedByRegex(Project project, String testId) {
        if (project.settings().defaultAssert().stream().anyMatch(a -> REGEX.equals(a.type()))) {
            return true;
        }
        return project.test(testId).map(t -> t.asserts().stream().anyMatch(FormatFailureRule::anchoredRegex)).orElse(false);
    }

    private static boolean anchoredRegex(Assertion assertion) {
        if (!REGEX.equals(assertion.type()) || !(assertion.value() instanceof String pattern)) {
            return false;
        }
        String body = LEADING_FLAGS.matcher(pattern).replaceFirst("");
        return body.startsWith("^") || (body.endsWith("$") && !body.endsWith("\\$"));
    }
}
