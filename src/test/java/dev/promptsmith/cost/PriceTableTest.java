package dev.promptsmith.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceTableTest {

    private final PriceTable bundled = new PriceCatalog().bundled();

    @Test
    void datedSnapshotsAndLatestAliasesShareTheirBaseModelsPrice() {
        ModelPrice base = bundled.find("anthropic", "claude-3-5-haiku").orElseThrow();
        assertThat(bundled.find("anthropic", "claude-3-5-haiku-20241022")).contains(base);
        assertThat(bundled.find("anthropic", "claude-3-5-haiku-latest")).contains(base);
        assertThat(bundled.find("openai", "gpt-4o-mini-2024-07-18")).isEqualTo(bundled.find("openai", "gpt-4o-mini"));
        assertThat(bundled.find("gemini", "models/gemini-2.0-flash-001")).isEqualTo(bundled.find("gemini", "gemini-2.0-flash"));
    }

    @Test
    void aFineTunedModelIsPricedAsItsFineTunedBase() {
        ModelPrice ft = bundled.find("openai", "ft:gpt-4o-mini-2024-07-18:acme:triage:9xYz").orElseThrow();
        assertThat(ft.input()).isEqualByComparingTo("0.30");
        assertThat(ft.output()).isEqualByComparingTo("1.20");
    }

    @Test
    void theSameModelNameAtAnotherProviderIsNotGuessed() {
        assertThat(bundled.find("openrouter", "gpt-4o-mini")).isEmpty();
        assertThat(bundled.find("ollama", "llama3.2")).isEmpty();
        assertThat(bundled.find("openai", "no-such-model")).isEmpty();
    }

    @Test
    void theEchoModelIsFreeBecauseItMakesNoCall() {
        assertThat(bundled.find("echo", "echo").orElseThrow().input()).isZero();
    }

    @Test
    void everyBundledEntryNamesItsSourceAndDate() {
        assertThat(bundled.entries()).hasSizeGreaterThan(50);
        bundled.entries().forEach((key, price) -> {
            assertThat(price.source()).as(key).isNotBlank();
            assertThat(price.asOf()).as(key).isNotNull();
            assertThat(price.known()).as(key).isTrue();
        });
    }

    @Test
    void userOverridesReplaceEntriesAndAddLocalModels(@TempDir Path settings) throws Exception {
        Files.writeString(settings.resolve(PriceCatalog.USER_FILE), """
                {"models": [
                  {"key": "openai/gpt-4o-mini", "input": 0.10, "output": 0.50},
                  {"key": "ollama/*", "input": 0, "output": 0},
                  {"key": "vllm/*", "perHour": 1.20}
                ]}
                """);
        PriceTableReader.Result loaded = new PriceCatalog().load(settings);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.table().find("openai", "gpt-4o-mini").orElseThrow().input()).isEqualByComparingTo("0.10");
        assertThat(loaded.table().find("ollama", "llama3.2").orElseThrow().output()).isZero();
        assertThat(loaded.table().find("vllm", "qwen").orElseThrow().perHour()).isEqualByComparingTo("1.20");
        assertThat(loaded.table().find("anthropic", "claude-haiku-4-5")).isPresent();
    }

    @Test
    void aBrokenUserFileKeepsTheBundledPricesAndSaysWhereItIsBroken(@TempDir Path settings) throws Exception {
        Files.writeString(settings.resolve(PriceCatalog.USER_FILE), "{\"models\": [\n  {\"key\": \"a/b\", \"input\": 1,}\n]}");
        PriceTableReader.Result loaded = new PriceCatalog().load(settings);
        assertThat(loaded.problems()).singleElement().asString().contains("prices.json").contains("line 2");
        assertThat(loaded.table().find("openai", "gpt-4o-mini")).isPresent();
    }

    @Test
    void badEntriesAreLeftOutWithAProblemNamingThemAndGoodOnesKept() {
        PriceTableReader.Result result = new PriceTableReader().read("""
                {"models": [
                  {"key": "good/model", "input": 1, "output": 2},
                  {"key": "no-slash", "input": 1, "output": 2},
                  {"key": "neg/model", "input": -1, "output": 2},
                  {"key": "text/model", "input": "cheap", "output": 2},
                  {"key": "half/model", "input": 1}
                ]}
                """, "prices.json");
        assertThat(result.table().entries()).containsOnlyKeys("good/model");
        assertThat(result.problems()).hasSize(4);
        assertThat(result.problems().get(0)).contains("entry 2").contains("provider/model");
        assertThat(result.problems().get(1)).contains("neg/model").contains(">= 0");
        assertThat(result.problems().get(2)).contains("text/model");
        assertThat(result.problems().get(3)).contains("half/model").contains("\"output\"");
    }

    @Test
    void overridesReplaceWholeEntries() {
        PriceTable base = new PriceTable(Map.of("a/m", ModelPrice.perToken(BigDecimal.ONE, BigDecimal.TEN, "base")));
        PriceTable mine = new PriceTable(Map.of("a/m", ModelPrice.perToken(BigDecimal.ZERO, BigDecimal.ONE, "mine")));
        assertThat(base.overriddenBy(mine).find("a", "m").orElseThrow().source()).isEqualTo("mine");
    }
}
