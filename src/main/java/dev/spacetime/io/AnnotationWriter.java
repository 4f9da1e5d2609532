package dev.spacetime.io;

import dev.spacetime.model.Annotations;
import dev.spacetime.model.Bar;
import dev.spacetime.model.SimulationSettings;
import dev.spacetime.model.TimeDirection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a diagram's annotations back into the plain JSON values of the file's {@code "view"} object,
 * in the order they were read, the unknown settings each in its place, for {@link ViewWriter} to write.
 * The step notes and fields are handed over as they are kept, not copied: there may be a million.
 */
final class AnnotationWriter {
    private AnnotationWriter() {
    }

    /**
     * The view object's members in order.
     *
     * @throws IllegalArgumentException for an unknown setting that has the name of one Spacetime knows:
     *     written, it would be read back as that one
     */
    static Map<String, Object> view(Annotations a) {
        Map<String, Object> view = new LinkedHashMap<>();
        Iterator<Map.Entry<String, Object>> others = a.others().entrySet().iterator();
        for (Annotations.Part part : a.order()) {
            switch (part) {
                case TIME_DIRECTION -> view.put(ViewKeys.ORIENTATION,
                        a.timeDirection() == TimeDirection.RIGHT ? ViewKeys.RIGHT : ViewKeys.UP);
                case SIMULATION -> view.put(ViewKeys.SIMULATION, simulation(a.simulation()));
                case BARS -> view.put(ViewKeys.BARS, bars(a.bars()));
                case STEP_NOTES -> view.put(ViewKeys.STEP_NOTES, a.stepNotes());
                case FIELDS -> view.put(ViewKeys.FIELDS, a.fields());
                case CLOCKS -> {
                    Map<String, Object> clocks = new LinkedHashMap<>();
                    clocks.put(ViewKeys.NAME, a.clockName());
                    clocks.put(ViewKeys.VALUES, clockValues(a.clocks()));
                    view.put(ViewKeys.CLOCKS, clocks);
                }
                case OTHER -> {
                    Map.Entry<String, Object> other = others.next();
                    if (ViewKeys.KNOWN.contains(other.getKey())) {
                        throw new IllegalArgumentException("view." + other.getKey() + " is kept as an unknown"
                                + " setting, but Spacetime reads that name as its own");
                    }
                    view.put(other.getKey(), other.getValue());
                }
            }
        }
        return view;
    }

    private static Map<String, Object> simulation(SimulationSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.kind() != null) {
            m.put(ViewKeys.KIND, s.kind());
        }
        m.putAll(s.parameters());
        return m;
    }

    private static List<Object> bars(List<Bar> bars) {
        List<Object> list = new ArrayList<>(bars.size());
        for (Bar b : bars) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(ViewKeys.FROM, b.from());
            m.put(ViewKeys.TO, b.to());
            if (b.label() != null) {
                m.put(ViewKeys.LABEL, b.label());
            }
            list.add(m);
        }
        return list;
    }

    /** The values as a student types them: 5 rather than 5.0, while 31.5 stays as it is. */
    private static Map<String, Object> clockValues(Map<String, Double> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((id, v) -> out.put(id, v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)
                ? (Object) (long) (double) v : v));
        return out;
    }
}
