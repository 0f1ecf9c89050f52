package dev.promptsmith.cost;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Prices by {@code provider/model} key, where the provider is the id project files use
 * ({@code openai}, {@code anthropic}, {@code gemini}, {@code groq}…). A lookup tries the exact
 * model name, then the name without its date or version suffix (providers bill dated snapshots at
 * the alias's price), then {@code provider/*}. A model found nowhere is unknown.
 */
public final class PriceTable {

    // -20241022, -2024-07-18, -latest, -001: snapshot and alias suffixes that share their base's price.
    private static final Pattern SUFFIX = Pattern.compile("(-\\d{8}|-\\d{4}-\\d{2}-\\d{2}|-latest|-\\d{3})$");

    private final Map<String, ModelPrice> prices;

    public PriceTable(Map<String, ModelPrice> prices) {
        this.prices = Map.copyOf(prices);
    }

    /** This table with {@code overrides} replacing or adding whole entries. */
    public PriceTable overriddenBy(PriceTable overrides) {
        Map<String, ModelPrice> merged = new LinkedHashMap<>(prices);
        merged.putAll(overrides.prices);
        return new PriceTable(merged);
    }

    public Optional<ModelPrice> find(String provider, String model) {
        if (provider == null || model == null) {
            return Optional.empty();
        }
        String name = model.startsWith("models/") ? model.substring("models/".length()) : model;
        ModelPrice exact = prices.get(key(provider, name));
        if (exact != null) {
            return Optional.of(exact);
        }
        String base = baseName(name);
        while (!base.equals(name)) {
            ModelPrice found = prices.get(key(provider, base));
            if (found != null) {
                return Optional.of(found);
            }
            name = base;
            base = baseName(name);
        }
        return Optional.ofNullable(prices.get(key(provider, "*")));
    }

    public Map<String, ModelPrice> entries() {
        return prices;
    }

    public static String key(String provider, String model) {
        return provider + "/" + model;
    }

    /** {@code ft:gpt-4o-mini-2024-07-18:org:suffix:id} → {@code ft:gpt-4o-mini-2024-07-18}; else one suffix less. */
    private static String baseName(String model) {
        if (model.startsWith("ft:")) {
            int colon = model.indexOf(':', 3);
            return colon < 0 ? model : model.substring(0, colon);
        }
        return SUFFIX.matcher(model).replaceFirst("");
    }
}
