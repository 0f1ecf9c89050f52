package dev.promptsmith.cost;

import dev.promptsmith.model.ModelRef;
import dev.promptsmith.provider.ChatResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The price of each model of a run, looked up once, and the cost of each of its cells. */
public final class RunPrices {

    private final Map<String, ModelPrice> byModelId;
    private final List<String> unpriced;

    private RunPrices(Map<String, ModelPrice> byModelId, List<String> unpriced) {
        this.byModelId = byModelId;
        this.unpriced = List.copyOf(unpriced);
    }

    public static RunPrices of(List<ModelRef> models, PriceTable table) {
        Map<String, ModelPrice> prices = new LinkedHashMap<>();
        List<String> missing = new java.util.ArrayList<>();
        for (ModelRef model : models) {
            Optional<ModelPrice> price = table.find(model.provider(), model.model());
            if (price.isPresent()) {
                prices.put(model.id(), price.get());
            } else {
                missing.add(model.id());
            }
        }
        return new RunPrices(prices, missing);
    }

    public Optional<ModelPrice> price(String modelId) {
        return Optional.ofNullable(byModelId.get(modelId));
    }

    /** Ids of the run's models without a price, in plan order. */
    public List<String> unpriced() {
        return unpriced;
    }

    /**
     * What a cell cost: $0 when no call was made (a cache hit, a template error) or when a call
     * failed without using tokens; null when the model has no price or a successful call reported
     * no usage at all.
     */
    public BigDecimal cellCost(String modelId, ChatResponse response, boolean cacheHit) {
        if (cacheHit || response == null) {
            return BigDecimal.ZERO;
        }
        if (response.usage() == null) {
            return response.ok() ? null : BigDecimal.ZERO;
        }
        ModelPrice price = byModelId.get(modelId);
        return price == null ? null : CallCost.of(price, response.usage(), response.latency()).orElse(null);
    }
}
