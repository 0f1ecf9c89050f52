package dev.promptsmith.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FindReplaceModelTest {

    private final FindReplaceModel model = new FindReplaceModel();

    @Test
    void countsMatchesIgnoringCaseByDefault() {
        model.queryProperty().set("cat");
        model.search("Cat, cat and CAT", 0);

        assertThat(model.getMatches()).hasSize(3);
        assertThat(model.getStatus()).isEqualTo("1 of 3");
    }

    @Test
    void matchCaseNarrowsTheMatches() {
        model.queryProperty().set("cat");
        model.matchCaseProperty().set(true);
        model.search("Cat, cat and CAT", 0);

        assertThat(model.getMatches()).containsExactly(new FindReplaceModel.Match(5, 8));
    }

    @Test
    void currentMatchIsTheFirstAfterTheAnchorAndStepsWrapAround() {
        model.queryProperty().set("a");
        model.search("a-a-a", 1);

        assertThat(model.getStatus()).isEqualTo("2 of 3");
        assertThat(model.next()).contains(new FindReplaceModel.Match(4, 5));
        assertThat(model.next()).contains(new FindReplaceModel.Match(0, 1));
        assertThat(model.previous()).contains(new FindReplaceModel.Match(4, 5));
        assertThat(model.getStatus()).isEqualTo("3 of 3");
    }

    @Test
    void literalModeTakesRegexCharactersLiterally() {
        model.queryProperty().set("{{ x }}");
        model.search("a {{ x }} b", 0);

        assertThat(model.getMatches()).containsExactly(new FindReplaceModel.Match(2, 9));
    }

    @Test
    void invalidRegexIsAnErrorMessageNotAnException() {
        model.regexProperty().set(true);
        model.queryProperty().set("(unclosed");
        model.search("text (unclosed", 0);

        assertThat(model.getError()).startsWith("Invalid regex: Unclosed group");
        assertThat(model.getStatus()).isEqualTo(model.getError());
        assertThat(model.getMatches()).isEmpty();
    }

    @Test
    void noMatchesSaysSoAndEmptyQuerySaysNothing() {
        model.queryProperty().set("zzz");
        model.search("abc", 0);
        assertThat(model.getStatus()).isEqualTo("No results");

        model.queryProperty().set("");
        model.search("abc", 0);
        assertThat(model.getStatus()).isEmpty();
    }

    @Test
    void replaceAllExpandsGroupReferencesInRegexMode() {
        model.regexProperty().set(true);
        model.queryProperty().set("(\\w+)@(\\w+)");
        model.replacementProperty().set("$2 at $1");

        List<FindReplaceModel.Replacement> edits = model.replaceAll("ann@x, bob@y");

        assertThat(edits).containsExactly(
                new FindReplaceModel.Replacement(0, 5, "x at ann"),
                new FindReplaceModel.Replacement(7, 12, "y at bob"));
    }

    @Test
    void literalReplacementKeepsDollarSigns() {
        model.queryProperty().set("price");
        model.replacementProperty().set("$5");

        assertThat(model.replaceAll("price: price")).extracting(FindReplaceModel.Replacement::text)
                .containsExactly("$5", "$5");
    }

    @Test
    void replaceCurrentReplacesOnlyTheCurrentMatch() {
        model.queryProperty().set("a");
        model.replacementProperty().set("b");
        model.search("a a a", 1);

        assertThat(model.replaceCurrent("a a a")).contains(new FindReplaceModel.Replacement(2, 3, "b"));
    }

    @Test
    void replaceCurrentRefusesWhenTheTextMovedUnderneath() {
        model.queryProperty().set("a");
        model.search("a", 0);

        assertThat(model.replaceCurrent("xa")).isEmpty();
    }

    @Test
    void badGroupReferenceIsAnErrorMessage() {
        model.regexProperty().set(true);
        model.queryProperty().set("a");
        model.replacementProperty().set("$3");

        assertThat(model.replaceAll("a")).isEmpty();
        assertThat(model.getError()).startsWith("Invalid replacement");
    }

    @Test
    void highlightRangesMarkTheCurrentMatch() {
        model.queryProperty().set("a");
        model.search("a a", 0);
        model.next();

        assertThat(model.highlightRanges()).containsExactly(
                new StyledRange(0, 1, EditorStyles.FIND_MATCH), new StyledRange(2, 3, EditorStyles.FIND_CURRENT));
    }
}
