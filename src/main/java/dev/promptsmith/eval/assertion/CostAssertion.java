package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code cost}: the call cost at most the threshold in US dollars (the value is accepted too). An
 * unknown cost (an unpriced model) fails: unknown is never treated as $0.
 */
final class CostAssertion implements AssertionCheck {

    static final String TYPE = "cost";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        Optional<Double> max = Optional.ofNullable(spec.threshold()).or(() -> AssertionValues.number(spec.value()));
        if (max.isEmpty()) {
            return AssertionResult.error(TYPE, "cost needs a threshold: the maximum in US dollars");
        }
        String limit = "$" + Texts.number(max.get());
        if (context.cost() == null) {
            return AssertionResult.error(TYPE, "Cost unknown (the model has no price), so the limit of " + limit
                    + " cannot be checked");
        }
        boolean pass = context.cost().compareTo(BigDecimal.valueOf(max.get())) <= 0;
        String cost = "$" + context.cost().stripTrailingZeros().toPlainString();
        return AssertionResult.of(TYPE, pass, "Cost " + cost + (pass ? " is within" : " exceeds") + " the limit of " + limit);
    }
}
