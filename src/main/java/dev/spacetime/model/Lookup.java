package dev.spacetime.model;

/** Finds the elements an edit names, refusing the edit when one is missing. */
final class Lookup {
    private Lookup() {
    }

    static int event(Diagram d, String id) {
        int e = d.findEvent(id);
        if (e < 0) {
            throw new EditRefusedException("there is no event " + id);
        }
        return e;
    }

    static int process(Diagram d, String name) {
        int p = d.processIndex(name);
        if (p < 0) {
            throw new EditRefusedException("there is no process " + name);
        }
        return p;
    }

    static int message(Diagram d, String from, String to) {
        int m = d.messageBetween(event(d, from), event(d, to));
        if (m < 0) {
            throw new EditRefusedException("there is no message from " + from + " to " + to);
        }
        return m;
    }

    static void requireName(String name, String what) {
        if (name == null || Rules.isBlank(name)) {
            throw new EditRefusedException("a " + what + " needs a name that is not blank");
        }
    }
}
