package dev.spacetime.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only deep copies of plain JSON values (maps, lists, strings, numbers, booleans, null) a diagram keeps. */
final class JsonValues {
    private JsonValues() {
    }

    /** A deep copy in plain collections (LinkedHashMap, ArrayList), keeping the order of map keys. */
    @SuppressWarnings("unchecked")
    static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return value;
    }

    /**
     * A deep copy that cannot be changed, keeping the order of map keys. Values that are not maps or
     * lists are kept as they are: the file writer refuses what JSON cannot hold, naming where it sits.
     */
    @SuppressWarnings("unchecked")
    static <T> T frozen(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, frozen(v)));
            return (T) Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(frozen(v)));
            return (T) Collections.unmodifiableList(copy);
        }
        return value;
    }
}
