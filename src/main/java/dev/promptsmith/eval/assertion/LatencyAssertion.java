package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.util.Optional;

/** {@code latency}: the call took at most the threshold in milliseconds (the value is accepted too). */
final class LatencyAssertion implements AssertionCheck {

    static final String TYPE = "latency";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        Optional<Double> max = Optional.ofNullable(spec.threshold()).or(() -> AssertionValues.number(spec.value()));
        if (max.isEmpty()) {
            return AssertionResult.error(TYPE, "latency needs a threshold: the maximum in milliseconds");
        }
        if (context.latency() == null) {
            return AssertionResult.error(TYPE, "Latency unknown, so the limit of " + Texts.number(max.get())
                    + " ms cannot be checked");
        }
        long ms = context.latency().toMillis();
        boolean pass = ms <= max.get();
        return AssertionResult.of(TYPE, pass, "Latency " + ms + " ms " + (pass ? "is within" : "exceeds")
                + " the limit of " + Texts.number(max.get()) + " ms");
    }
}
