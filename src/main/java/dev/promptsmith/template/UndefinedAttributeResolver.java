package dev.promptsmith.template;

import java.beans.FeatureDescriptor;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;
import jinjava.javax.el.PropertyNotFoundException;

/**
 * Wraps Jinjava's property resolver to report lookups of missing map keys ({@code ex.vars.nope})
 * and list indexes ({@code items[5]}) to the render's {@link UndefinedTracker}. Also carries the
 * tracker to {@link TrackingInterpreterFactory}, which only sees the render's config.
 */
final class UndefinedAttributeResolver extends ELResolver {

    private final ELResolver delegate;
    private final UndefinedTracker tracker;

    UndefinedAttributeResolver(ELResolver delegate, UndefinedTracker tracker) {
        this.delegate = delegate;
        this.tracker = tracker;
    }

    UndefinedTracker tracker() {
        return tracker;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Object value;
        try {
            value = delegate.getValue(context, base, property);
        } catch (PropertyNotFoundException e) {
            // Jinjava calls methods, as in filter:upper.filter(...), by looking them up as properties first.
            if (base != null && !hasMethod(base, String.valueOf(property))) {
                tracker.record(UndefinedTracker.MissKind.ATTRIBUTE, String.valueOf(property));
            }
            throw e;
        }
        if (value == null && base != null) {
            recordIfMissing(base, property);
        }
        return value;
    }

    private void recordIfMissing(Object base, Object property) {
        if (base instanceof Map<?, ?> map) {
            // obj.items() first looks up "items" as a key; a method of that name is not a missing key.
            if (!map.containsKey(property) && !hasMethod(base, String.valueOf(property))) {
                tracker.record(UndefinedTracker.MissKind.ATTRIBUTE, String.valueOf(property));
            }
        } else if (base instanceof List<?> list) {
            Long index = asIndex(property);
            if (index != null && (index >= list.size() || index < -list.size())) {
                tracker.record(UndefinedTracker.MissKind.INDEX, String.valueOf(index));
            }
        }
    }

    /** Jinjava passes list indexes as strings. */
    private static Long asIndex(Object property) {
        if (property instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(String.valueOf(property).trim());
        } catch (NumberFormatException e) {
            return null; // Not an index, e.g. items.length: Jinjava reports what it cannot resolve.
        }
    }

    private static boolean hasMethod(Object base, String name) {
        for (Method m : base.getClass().getMethods()) {
            if (m.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return delegate.getType(context, base, property);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        delegate.setValue(context, base, property, value);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return delegate.isReadOnly(context, base, property);
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return delegate.getFeatureDescriptors(context, base);
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return delegate.getCommonPropertyType(context, base);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        return delegate.invoke(context, base, method, paramTypes, params);
    }
}
