package dev.promptsmith.eval;

import dev.promptsmith.cost.CallCost;
import dev.promptsmith.cost.ModelPrice;
import dev.promptsmith.cost.Money;
import dev.promptsmith.cost.RunPrices;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.tokens.TokenCounter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a run within its budget. Before each call it reserves the most that call can cost (its
 * prompt plus the maximum output, at the model's prices); a call whose worst case would take the
 * money spent plus the money reserved by calls in flight past the limit is refused, and the run
 * stops there. When a call ends its reservation is replaced by what it really cost. So the
 * budget holds even with many calls in flight, at the price of stopping a little early.
 */
public final class BudgetGuard {

    /** Output assumed when neither the request nor the price table caps it. */
    static final int ASSUMED_MAX_OUTPUT = 4096;

    private final BigDecimal limit;
    private final RunPrices prices;
    private final TokenCounter tokens;
    private final Map<CellKey, BigDecimal> reserved = new HashMap<>();
    private BigDecimal spent = BigDecimal.ZERO;
    private BigDecimal inFlight = BigDecimal.ZERO;

    public BudgetGuard(BigDecimal limit, RunPrices prices, TokenCounter tokens) {
        this.limit = limit;
        this.prices = prices;
        this.tokens = tokens;
    }

    /** Reserves the call's worst case, or says why the run must stop before it. */
    public Optional<String> admit(CellKey key, ModelRef model, ChatRequest request) {
        Optional<ModelPrice> price = prices.price(model.id());
        if (price.isEmpty()) {
            return Optional.of("Stopped: model " + model.id() + " (" + model.provider() + "/" + model.model()
                    + ") has no price, so the budget of " + usd(limit) + " cannot be kept. Give it a price in "
                    + "prices.json in the settings folder (e.g. \"" + model.provider() + "/*\" at 0 for a free "
                    + "local server), or remove the budget.");
        }
        BigDecimal worst = worstCase(price.get(), model, request);
        synchronized (this) {
            BigDecimal committed = spent.add(inFlight);
            if (committed.add(worst).compareTo(limit) > 0) {
                return Optional.of("Stopped before the budget of " + usd(limit) + " would be passed: "
                        + usd(spent) + " spent" + (inFlight.signum() > 0 ? ", " + usd(inFlight) + " in flight" : "")
                        + ", and the next call (" + model.id() + ") could cost up to " + usd(worst)
                        + ". Finished cells are kept; raise budget.maxUsdPerRun in promptsmith.yaml and resume the run.");
            }
            reserved.put(key, worst);
            inFlight = inFlight.add(worst);
        }
        return Optional.empty();
    }

    /** Replaces the call's reservation with its real cost (its worst case when the cost is unknown). */
    public synchronized void settle(CellKey key, BigDecimal cost) {
        BigDecimal worst = reserved.remove(key);
        if (worst == null) {
            return;
        }
        inFlight = inFlight.subtract(worst);
        spent = spent.add(cost == null ? worst : cost);
    }

    public synchronized BigDecimal spent() {
        return spent;
    }

    private BigDecimal worstCase(ModelPrice price, ModelRef model, ChatRequest request) {
        if (price.hourly()) {
            long seconds = request.timeout() == null ? 600 : request.timeout().toSeconds();
            BigDecimal hours = BigDecimal.valueOf(seconds)
                    .divide(BigDecimal.valueOf(3600), 12, RoundingMode.HALF_UP);
            return price.perHour().multiply(hours);
        }
        int input = tokens.count(model.provider(), model.model(), request.messages()).tokens();
        Integer cap = request.params().maxTokens() != null ? request.params().maxTokens() : price.maxOutputTokens();
        int output = cap != null ? cap : ASSUMED_MAX_OUTPUT;
        return CallCost.of(price, new Usage(input, output, 0, 0, 0, true), null).orElse(BigDecimal.ZERO);
    }

    private static String usd(BigDecimal amount) {
        return Money.usd(amount);
    }
}
