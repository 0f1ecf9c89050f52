package dev.promptsmith.template;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;

/** Wraps the {@code defined} and {@code undefined} tests: testing an undefined value is not an error. */
final class ExcusingExpTest implements ExpTest {

    private final ExpTest delegate;

    ExcusingExpTest(ExpTest delegate) {
        this.delegate = delegate;
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public boolean evaluate(Object var, JinjavaInterpreter interpreter, Object... args) {
        ExcusingFilter.excuse(var, interpreter);
        return delegate.evaluate(var, interpreter, args);
    }

    @Override
    public boolean evaluateNegated(Object var, JinjavaInterpreter interpreter, Object... args) {
        ExcusingFilter.excuse(var, interpreter);
        return delegate.evaluateNegated(var, interpreter, args);
    }
}
