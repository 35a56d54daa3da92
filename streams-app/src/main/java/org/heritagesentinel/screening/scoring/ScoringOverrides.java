package org.heritagesentinel.screening.scoring;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Replaces numbers of a scoring table (a record of {@code double} and {@code int} components) by their names, as the
 * one configuration's {@code matching.*.scoring} keys give them: the table stays the one place of its defaults.
 */
public final class ScoringOverrides {

    private ScoringOverrides() {
    }

    /**
     * {@code table} with the numbers named in {@code overrides} replaced. A {@code double} must lie between 0 and its
     * upper bound (1 unless {@code upperBound} says more: a factor that raises a score), an {@code int} be a whole
     * number ≥ 0.
     *
     * @param what       the table's name in messages ("object scoring table")
     * @throws IllegalArgumentException naming the first unknown name (with the valid ones) or value out of range
     */
    public static <T extends Record> T with(T table, Map<String, Double> overrides, String what,
                                            ToDoubleFunction<String> upperBound) {
        if (overrides.isEmpty()) {
            return table;
        }
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) table.getClass();
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        overrides.keySet().stream().filter(name -> !names.contains(name)).sorted().findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("no number named " + name + " in the " + what + ": expected one of "
                + String.join(", ", names));
        });
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                Double replaced = overrides.get(components[i].getName());
                values[i] = replaced == null ? components[i].getAccessor().invoke(table)
                    : checked(components[i], replaced, upperBound.applyAsDouble(components[i].getName()));
            }
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof IllegalArgumentException refused ? refused : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the " + what + "'s own record components", e);
        }
    }

    private static Object checked(RecordComponent component, double value, double upperBound) {
        if (component.getType() == int.class) {
            if (value != Math.rint(value) || value < 0 || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(component.getName() + "=" + value + ": expected a whole number ≥ 0");
            }
            return (int) value;
        }
        if (value < 0 || value > upperBound) {
            throw new IllegalArgumentException(component.getName() + "=" + value + ": expected a number between 0 and "
                + (upperBound == Math.rint(upperBound) ? String.valueOf((long) upperBound) : String.valueOf(upperBound)));
        }
        return value;
    }
}
