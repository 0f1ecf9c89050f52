package dev.promptsmith.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Syntax errors are problems with the line and column of the offending tag. */
class JinjaEngineSyntaxErrorTest {

    private static final JinjaEngine ENGINE = new JinjaEngine(RenderLimits.DEFAULT);

    private static List<TemplateProblem> problems(String template) {
        return ENGINE.render(template, Map.of("items", List.of("a"), "name", "Bob")).problems();
    }

    @Test
    void forWithoutEndforIsReportedAtTheFor() {
        assertThat(problems("Items:\n  {% for x in items %}{{ x }}"))
                .containsExactly(new TemplateProblem("", 2, 3, "'{% for x in items %}' is never closed: missing '{% endfor %}'"));
    }

    @Test
    void ifWithoutEndifIsReportedAtTheIf() {
        assertThat(problems("{% if name %}\nx\n{% else %}y"))
                .containsExactly(new TemplateProblem("", 1, 1, "'{% if name %}' is never closed: missing '{% endif %}'"));
    }

    @Test
    void unclosedExpressionIsReported() {
        assertThat(problems("ab\ncd {{ unclosed"))
                .containsExactly(new TemplateProblem("", 2, 4, "unclosed '{{': missing '}}'"));
    }

    @Test
    void unclosedStatementIsReported() {
        assertThat(problems("{{ name }} {% for"))
                .containsExactly(new TemplateProblem("", 1, 12, "unclosed '{%': missing '%}'"));
    }

    @Test
    void unclosedCommentIsReported() {
        assertThat(problems("ab {# note"))
                .containsExactly(new TemplateProblem("", 1, 4, "unclosed comment: missing '#}'"));
    }

    @Test
    void endTagWithoutStartIsReported() {
        assertThat(problems("x {% endif %}"))
                .containsExactly(new TemplateProblem("", 1, 3, "'{% endif %}' has no matching '{% if %}'"));
    }

    @Test
    void unknownTagIsReported() {
        assertThat(problems("x\n\n   {% frobnicate %}"))
                .containsExactly(new TemplateProblem("", 3, 4, "unknown tag 'frobnicate'"));
    }

    @Test
    void brokenExpressionIsReportedAtItsTag() {
        assertThat(problems("{{ name }} and {{ 1 + }}"))
                .containsExactly(new TemplateProblem("", 1, 16, "incomplete expression '1 +'"));
        assertThat(problems("a\n {{ name }}{{ name ~ * 2 }}"))
                .extracting(TemplateProblem::line, TemplateProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 12));
    }

    @Test
    void plusDirectlyBeforeADigitGetsAHint() {
        assertThat(problems("{% for i in items %}{{ loop.index+1 }}{% endfor %}"))
                .containsExactly(new TemplateProblem("", 1, 21, "syntax error in 'loop.index+1' at '+' (write '+ 1' with a space)"));
        assertThat(ENGINE.render("{% for i in items %}{{ loop.index + 1 }}{% endfor %}", Map.of("items", List.of("a"))).text())
                .isEqualTo("2");
    }

    @Test
    void unknownMethodIsReportedWithAHint() {
        assertThat(problems("{{ name.upper() }}"))
                .containsExactly(new TemplateProblem("", 1, 1,
                        "unknown method 'upper' of a String value (Jinja filters such as '| upper' work)"));
    }
}
