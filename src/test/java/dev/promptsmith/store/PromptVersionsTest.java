package dev.promptsmith.store;

import static dev.promptsmith.store.StoreFixtures.prompt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.PromptVariant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptVersionsTest {

    @Test
    void theHashIsStableAcrossReleases() {
        // Stored runs refer to prompts by this hash: a change here orphans every stored version.
        assertThat(PromptVersions.json(prompt("triage"))).isEqualTo("{\"description\":\"Sorts tickets\","
                + "\"fewShot\":{\"ids\":[\"ex-1\",\"ex-2\"],\"limit\":2,\"mode\":\"TURNS\"},"
                + "\"messages\":[{\"content\":\"Ticket: {{ ticket }}\",\"role\":\"USER\"}],\"name\":\"triage\","
                + "\"output\":{\"format\":\"JSON\",\"schema\":\"schemas/triage.json\"},"
                + "\"params\":{\"maxTokens\":256,\"stop\":[\"###\"],\"temperature\":0.2},"
                + "\"system\":\"You triage support tickets.\",\"template\":\"JINJA\"}");
        assertThat(PromptVersions.hash(prompt("triage")))
                .isEqualTo("527fe1d272bf7731a6180ff7708401f77b0e25f1a571182e5523d91f797a2093");
    }

    @Test
    void anyEditChangesTheHashAndEqualContentSharesIt() {
        PromptVariant prompt = prompt("triage");

        assertThat(PromptVersions.hash(prompt("triage"))).isEqualTo(PromptVersions.hash(prompt));
        assertThat(PromptVersions.hash(prompt.withSystem("Other."))).isNotEqualTo(PromptVersions.hash(prompt));
        assertThat(PromptVersions.hash(prompt.withParams(prompt.params().withTemperature(0.3))))
                .isNotEqualTo(PromptVersions.hash(prompt));
        assertThat(PromptVersions.hash(prompt.withName("triage-2"))).isNotEqualTo(PromptVersions.hash(prompt));
    }

    @Test
    void theStoredJsonReadsBackToTheSameVariantAndHash() {
        PromptVariant full = prompt("triage");
        PromptVariant minimal = new PromptVariant("p", null, null, null, List.of(), null, null, ModelParams.NONE);

        for (PromptVariant variant : List.of(full, minimal)) {
            PromptVariant read = PromptVersions.parse(PromptVersions.json(variant));
            assertThat(read).isEqualTo(variant);
            assertThat(PromptVersions.hash(read)).isEqualTo(PromptVersions.hash(variant));
        }
    }
}
