package dev.spacetime.sim.recipe;

import dev.spacetime.model.SimulationSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads typed parameters out of a simulation's settings, turning a missing or misshapen one into an
 * IllegalArgumentException that names it, rather than a ClassCastException that names nothing.
 */
final class SettingsReader {
    private final SimulationSettings settings;

    SettingsReader(SimulationSettings settings) {
        this.settings = settings;
    }

    /** A whole number that fits an int: 2.5 or 3,000,000,000 is refused rather than cut to something else. */
    int integer(String name) {
        long v = whole(name);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw wrong(name, "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        return (int) v;
    }

    /** A whole number: a file's 3 or 3.0, never 2.9. */
    long whole(String name) {
        Number n = number(name, "a whole number");
        if (n instanceof Long l) {
            return l;
        }
        double d = n.doubleValue();
        if (d != Math.rint(d) || Math.abs(d) >= 0x1p63) {
            throw wrong(name, "a whole number");
        }
        return (long) d;
    }

    /** Whether the settings name this parameter at all. */
    boolean has(String name) {
        return settings.parameter(name) != null;
    }

    double number(String name) {
        return number(name, "a number").doubleValue();
    }

    /** A missing flag is false: older runs did not write the ones that were off. */
    boolean flag(String name) {
        Object v = settings.parameter(name);
        if (v != null && !(v instanceof Boolean)) {
            throw wrong(name, "true or false");
        }
        return Boolean.TRUE.equals(v);
    }

    <E extends Enum<E>> E constant(String name, Class<E> type) {
        Object v = settings.parameter(name);
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
            names.add(e.name());
        }
        throw wrong(name, "one of " + String.join(", ", names));
    }

    /** A list of two-element lists; a missing list is empty. */
    List<List<?>> pairs(String name) {
        Object v = settings.parameter(name);
        if (v == null) {
            return List.of();
        }
        List<List<?>> pairs = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof List<?> pair) || pair.size() != 2) {
                    throw wrong(name, "a list of pairs like [0, 1.5]");
                }
                pairs.add(pair);
            }
            return pairs;
        }
        throw wrong(name, "a list of pairs like [0, 1.5]");
    }

    Number element(List<?> pair, int index, String name) {
        if (pair.get(index) instanceof Number n) {
            return n;
        }
        throw wrong(name, "a list of pairs of numbers like [0, 1.5]");
    }

    private Number number(String name, String what) {
        if (settings.parameter(name) instanceof Number n) {
            return n;
        }
        throw wrong(name, what);
    }

    private IllegalArgumentException wrong(String name, String what) {
        String kind = settings.kind() == null ? "simulation" : settings.kind().toLowerCase(Locale.ROOT) + " simulation";
        Object v = settings.parameter(name);
        return new IllegalArgumentException("the " + kind + "'s \"" + name + "\" is "
                + (v == null ? "missing" : v + ", not " + what) + "; it must be " + what);
    }
}
