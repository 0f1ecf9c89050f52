package dev.promptsmith.template;

import com.hubspot.jinjava.interpret.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports filters and tests Jinjava does not know. Jinjava renders {@code {{ x | nosuch }}} as
 * empty text without any error, so the names are checked against its registry before rendering.
 */
final class FilterNameChecker {

    private FilterNameChecker() {
    }

    static List<TemplateProblem> check(TemplateLocator locator, Context jinjava) {
        List<TemplateProblem> problems = new ArrayList<>();
        String text = locator.lines().text();
        for (TemplateTag tag : locator.tags()) {
            if (!tag.closed() || tag.kind() == TemplateTag.Kind.COMMENT) {
                continue;
            }
            List<ExpressionToken> tokens = ExpressionLexer.tokens(text, tag.contentStart(), tag.contentEnd());
            for (int k = 1; k < tokens.size(); k++) {
                ExpressionToken t = tokens.get(k);
                if (t.type() != ExpressionToken.Type.NAME) {
                    continue;
                }
                ExpressionToken prev = tokens.get(k - 1);
                boolean filter = prev.is("|") || (k == 1 && prev.isName("filter") && tag.kind() == TemplateTag.Kind.STATEMENT);
                boolean test = prev.isName("is") || (prev.isName("not") && k >= 2 && tokens.get(k - 2).isName("is"));
                if (filter && jinjava.getFilter(t.text()) == null) {
                    problems.add(locator.problem(t.start(), "unknown filter '" + t.text() + "'"));
                } else if (test && !t.text().equals("not") && jinjava.getExpTest(t.text()) == null) {
                    problems.add(locator.problem(t.start(), "unknown test '" + t.text() + "'"));
                }
            }
        }
        return problems;
    }
}
