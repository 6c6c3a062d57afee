package io.reactiveorm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Checks arguments at the public API: a null where null is never allowed is a {@link NullPointerException} whose
 * message names the parameter (and the element); everything else wrong is an {@link InvalidQueryException}.
 */
final class Args {
    private Args() {
    }

    /**
     * @param values an array argument
     * @param name the parameter's name
     * @param <T> the element type
     * @return the elements as an immutable list
     * @throws NullPointerException naming the parameter, or the element, that is null
     */
    @SafeVarargs
    static <T> List<T> list(String name, T... values) {
        Objects.requireNonNull(values, () -> name + " must not be null");
        return list(name, Arrays.asList(values));
    }

    /**
     * @param values a collection argument
     * @param name the parameter's name
     * @param <T> the element type
     * @return the elements as an immutable list
     * @throws NullPointerException naming the parameter, or the element, that is null
     */
    static <T> List<T> list(String name, Collection<? extends T> values) {
        Objects.requireNonNull(values, () -> name + " must not be null");
        List<T> out = new ArrayList<>(values.size());
        int i = 0;
        for (T value : values) {
            final int at = i++;
            out.add(Objects.requireNonNull(value, () -> name + "[" + at + "] must not be null"));
        }
        return List.copyOf(out);
    }
}
