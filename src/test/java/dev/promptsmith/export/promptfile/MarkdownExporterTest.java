package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.model.TestCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownExporterTest {

    @Test
    void fewShotTriageReadsAsAReviewDocument() {
        ExportResult result = Samples.FORMATS.export("markdown", Samples.load("support-triage"), "triage-few-shot", null,
                ExportOptions.DEFAULTS);

        assertThat(result.problems()).isEmpty();
        Golden.assertMatches("support-triage", result.files());
    }

    @Test
    void extractionShowsSchemaExamplesUsedByTheTemplateAndTestCounts() {
        ExportResult result = Samples.FORMATS.export("markdown", Samples.load("invoice-extraction"), "extract-with-examples",
                null, ExportOptions.DEFAULTS);

        assertThat(result.problems()).isEmpty();
        assertThat(result.files().get("extract-with-examples.md"))
                .contains("| Output | JSON, schema `schemas/invoice.json` |")
                .contains("2 examples, available to the template as `examples`.");
        Golden.assertMatches("invoice-extraction", result.files());
    }

    @Test
    void fencesOutgrowBackticksAndTableCellsEscapePipes() {
        PromptVariant prompt = new PromptVariant("p", "", TemplateSyntax.JINJA, "Answer in a block:\n```json\n{}\n```\n",
                List.of(new MessageTemplate(Role.USER, "{{ q }}")), new FewShot(FewShotMode.TURNS, null, List.of()), null,
                null);
        Example example = new Example("e|1", Map.of("q", "a | b\nc"), "x", List.of(), null);
        TestCase test = new TestCase("t-1", Map.of("q", "why?"), "because", List.of(), List.of("t"), Split.HELDOUT, null);

        String md = Samples.FORMATS.export("markdown", Exports.project(prompt,
                List.of(new ModelRef("m", "openai", "gpt-4o-mini", ModelParams.NONE)), List.of(example), List.of(test)),
                "p", null, ExportOptions.DEFAULTS).files().get("p.md");

        assertThat(md).contains("````jinja\nAnswer in a block:\n```json\n{}\n```\n````\n")
                .contains("| e\\|1 | q: a \\| b c | x |  |")
                .contains("1 test case: 0 dev, 1 held out.");
    }
}
