package dev.promptsmith.template;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.SafeString;
import java.util.Map;

/**
 * Wraps the {@code default} (alias {@code d}) filter: when it receives an undefined value it
 * handles it, so the lookup that produced it is not an error. {@code {{ x | default('') }}} stays legal.
 */
final class ExcusingFilter implements Filter {

    private final Filter delegate;

    ExcusingFilter(Filter delegate) {
        this.delegate = delegate;
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
        excuse(var, interpreter);
        return delegate.filter(var, interpreter, args);
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
        excuse(var, interpreter);
        return delegate.filter(var, interpreter, args, kwargs);
    }

    @Override
    public Object filter(SafeString var, JinjavaInterpreter interpreter, String... args) {
        return delegate.filter(var, interpreter, args);
    }

    @Override
    public boolean preserveSafeString() {
        return delegate.preserveSafeString();
    }

    static void excuse(Object value, JinjavaInterpreter interpreter) {
        UndefinedTracker tracker = UndefinedTracker.of(interpreter);
        if (value == null && tracker != null) {
            tracker.excuseLatest();
        }
    }
}
