package dev.promptsmith.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits to prompt files: what survives, and exactly what formatting an edited file loses. */
class YamlEditTest {

    @TempDir
    Path dir;

    private final ProjectLoader loader = new ProjectLoader();
    private final ProjectSaver saver = new ProjectSaver();

    @Test
    void editingTheSystemPromptKeepsCommentsUnknownKeysAndKeyOrder() {
        ProjectFixtures.rich(dir);

        String saved = editPrompt("triage-v1", v -> v.withSystem("You route tickets.\nAnswer with one label.\n"));

        assertThat(saved).isEqualTo("""
                # Zero-shot triage prompt
                description: Zero-shot classifier with a strict label list
                template: jinja

                # The system prompt
                system: |
                  You route tickets.
                  Answer with one label.

                messages:
                  - role: user # the ticket goes here
                    content: |
                      Ticket: {{ ticket }}
                params:
                  temperature: 0
                  maxTokens: 16
                  stop: ["###"]
                x-owner: ana # unknown key
                """);
    }

    /**
     * Pins what an edited file loses (see docs/decisions/0001): sequence items take one file-wide
     * indentation, a comment above a sequence item moves behind its dash, blank lines between sequence
     * items go, spaces before an inline comment shrink to one, and folded text is refolded. Quoting,
     * flow collections, anchors, other comments, blank lines between keys, long lines and number
     * spelling of untouched values are kept.
     */
    @Test
    void editedFileLosesOnlyThePinnedFormatting() {
        ProjectFixtures.minimal(dir, Map.of("p", """
                # Header comment

                description:   'single quoted'   # spaced inline comment
                template: "jinja"


                system: |
                  Old system line.

                  Second paragraph.

                # Before messages
                messages:
                    # before first item
                    - role: user
                      content: >-
                        folded
                        text

                    - role: assistant   # inline on item
                      content: plain text that is quite long and goes on and on well past the eighty column limit of emitters
                    - {role: user, content: "flow item"}
                params:
                    temperature: 0.50
                    stop:
                    - "###"
                    - END
                x-anchors:
                  base: &b {k: v}
                  copy: *b
                x-empty:
                x-tilde: ~
                x-yes: yes
                # trailing comment
                """));

        String saved = editPrompt("p", v -> v.withSystem("New system.\n"));

        assertThat(saved).isEqualTo("""
                # Header comment

                description: 'single quoted' # spaced inline comment
                template: "jinja"


                system: |
                    New system.

                # Before messages
                messages:
                    -   # before first item
                        role: user
                        content: >-
                            folded text
                    -   role: assistant # inline on item
                        content: plain text that is quite long and goes on and on well past the eighty column limit of emitters
                    - {role: user, content: "flow item"}
                params:
                    temperature: 0.50
                    stop:
                        - "###"
                        - END
                x-anchors:
                    base: &b {k: v}
                    copy: *b
                x-empty:
                x-tilde: ~
                x-yes: yes
                # trailing comment
                """);
    }

    @Test
    void unsetKeysAreRemovedAndNewKeysAppendedInFormatOrder() {
        ProjectFixtures.rich(dir);

        String saved = editPrompt("triage-v1", v -> new PromptVariant(v.name(), "", TemplateSyntax.RAW, v.system(),
                List.of(new MessageTemplate(Role.USER, "x")), new FewShot(FewShotMode.TURNS, null, List.of()),
                new OutputSpec(OutputFormat.JSON, null), ModelParams.NONE));

        // The header comment sat above the removed description and moves to the next key.
        assertThat(saved).isEqualTo("""
                # Zero-shot triage prompt
                template: raw

                # The system prompt
                system: |
                  You are a support triage assistant.
                  Reply with exactly one label: billing, bug, account or other.

                messages:
                  - role: user # the ticket goes here
                    content: x
                x-owner: ana # unknown key
                fewShot:
                  mode: turns
                output:
                  format: json
                """);
    }

    @Test
    void aNewPromptFileUsesLiteralBlocksAndTheStandardLayout() {
        ProjectFixtures.rich(dir);
        LoadedProject loaded = loader.load(dir);
        PromptVariant created = new PromptVariant("brand-new", "Created in the app", TemplateSyntax.JINJA,
                "You are terse.\nAnswer: yes or no.\n",
                List.of(new MessageTemplate(Role.USER, "Q: {{ q }}\n"),
                        new MessageTemplate(Role.ASSISTANT, "trailing space \nhere")),
                new FewShot(FewShotMode.TURNS, 3, List.of("ex-01")),
                new OutputSpec(OutputFormat.JSON, "schemas/label.json"),
                new ModelParams(0.7, 256, 1.0, List.of("###", "END")));

        saver.save(dir, loaded.project().withPrompt(created), loaded.snapshot());

        // A line ending in a space cannot be a block scalar, so that message falls back to double quotes.
        assertThat(ProjectFixtures.read(dir, "prompts/brand-new.prompt.yaml")).isEqualTo("""
                description: Created in the app
                system: |
                  You are terse.
                  Answer: yes or no.
                messages:
                  - role: user
                    content: |
                      Q: {{ q }}
                  - role: assistant
                    content: "trailing space \\nhere"
                fewShot:
                  mode: turns
                  limit: 3
                  ids: [ex-01]
                output:
                  format: json
                  schema: schemas/label.json
                params:
                  temperature: 0.7
                  maxTokens: 256
                  topP: 1
                  stop: ['###', END]
                """);
        assertThat(loader.load(dir).project().prompt("brand-new")).contains(created);
    }

    @Test
    void multiLineTextThatABlockCannotHoldReadsBackExactly() {
        ProjectFixtures.minimal(dir, Map.of("p", "system: old\n"));
        String tricky = "  leading spaces\nline with trailing tab\t\n\nlast line without newline";

        editPrompt("p", v -> v.withSystem(tricky));

        assertThat(loader.load(dir).project().prompt("p").orElseThrow().system()).isEqualTo(tricky);
    }

    @Test
    void anInvalidValueThatWasNotEditedStaysInTheFile() {
        ProjectFixtures.minimal(dir, Map.of("p", "system: old\nparams:\n  temperature: hot # sic\n"));

        String saved = editPrompt("p", v -> v.withSystem("new"));

        assertThat(saved).isEqualTo("system: new\nparams:\n  temperature: hot # sic\n");
    }

    @Test
    void editingOneMessageKeepsTheOtherMessagesAndTheirComments() {
        ProjectFixtures.minimal(dir, Map.of("p", """
                messages:
                  - role: user
                    content: first   # about the first
                    x-id: 1
                  - role: assistant
                    content: second  # about the second
                    x-id: 2
                """));

        String edited = editPrompt("p", v -> v.withMessages(List.of(v.messages().get(0),
                new MessageTemplate(Role.ASSISTANT, "changed"))));

        assertThat(edited).isEqualTo("""
                messages:
                  - role: user
                    content: first # about the first
                    x-id: 1
                  - role: assistant
                    content: changed # about the second
                    x-id: 2
                """);
    }

    @Test
    void removingAMessageKeepsTheNodesOfTheOthers() {
        ProjectFixtures.minimal(dir, Map.of("p", """
                messages:
                  - role: user
                    content: first
                  - role: assistant
                    content: second  # keep me
                    x-id: 2
                """));

        String edited = editPrompt("p", v -> v.withMessages(List.of(v.messages().get(1))));

        assertThat(edited).isEqualTo("""
                messages:
                  - role: assistant
                    content: second # keep me
                    x-id: 2
                """);
    }

    @Test
    void aMessageThatCouldNotBeLoadedStaysWhenTheListIsEdited() {
        ProjectFixtures.minimal(dir, Map.of("p", """
                messages:
                  - role: wizard
                    content: kept as written
                  - role: user
                    content: hello
                """));

        String edited = editPrompt("p", v -> v.withMessages(List.of(new MessageTemplate(Role.USER, "hi"))));

        assertThat(edited).isEqualTo("""
                messages:
                  - role: wizard
                    content: kept as written
                  - role: user
                    content: hi
                """);
    }

    @Test
    void lineBreaksFinalNewlineAndByteOrderMarkSurviveAnEdit() {
        ProjectFixtures.minimal(dir, Map.of());
        ProjectFixtures.write(dir, "prompts/crlf.prompt.yaml", "# note\r\nsystem: |\r\n  old\r\n\r\nmessages: []\r\n");
        ProjectFixtures.write(dir, "prompts/bare.prompt.yaml", "\uFEFFsystem: old");

        editPrompt("crlf", v -> v.withSystem("new\ntext\n"));
        editPrompt("bare", v -> v.withSystem("new"));

        assertThat(ProjectFixtures.read(dir, "prompts/crlf.prompt.yaml"))
                .isEqualTo("# note\r\nsystem: |\r\n  new\r\n  text\r\n\r\nmessages: []\r\n");
        assertThat(ProjectFixtures.read(dir, "prompts/bare.prompt.yaml")).isEqualTo("\uFEFFsystem: new");
    }

    @Test
    void anExplicitDocumentStartIsKept() {
        ProjectFixtures.rich(dir);

        assertThat(editPrompt("raw", v -> v.withSystem("plain now"))).isEqualTo("""
                ---
                template: raw
                system: 'plain now'
                messages: [{role: user, content: 'Ticket: {ticket}'}]
                """);
    }

    @Test
    void commentsThatSnakeYamlCannotParseGiveAWarningAndTheFileStillWorks() {
        // SnakeYAML Engine rejects a comment right after an anchor when it parses comments.
        ProjectFixtures.minimal(dir, Map.of("p", "# lost on edit\nsystem: old\nx-base: &b # note\n  k: v\nx-copy: *b\n"));

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(problem.file()).isEqualTo("prompts/p.prompt.yaml");
            assertThat(problem.message()).contains("comments in this file could not be read")
                    .contains("they will be lost if Promptsmith edits this file");
        });
        assertThat(loaded.project().prompt("p").orElseThrow().system()).isEqualTo("old");
        assertThat(editPrompt("p", v -> v.withSystem("new")))
                .isEqualTo("system: new\nx-base: &b\n  k: v\nx-copy: *b\n");
    }

    private String editPrompt(String name, UnaryOperator<PromptVariant> edit) {
        LoadedProject loaded = loader.load(dir);
        Project project = loaded.project();
        SaveResult result = saver.save(dir, project.withPrompt(edit.apply(project.prompt(name).orElseThrow())),
                loaded.snapshot());
        assertThat(result.written()).containsExactly(dir.resolve("prompts/" + name + ".prompt.yaml"));
        return new String(ProjectFixtures.allFiles(dir).get("prompts/" + name + ".prompt.yaml"), StandardCharsets.UTF_8);
    }
}
