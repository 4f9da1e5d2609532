package dev.spacetime.sim.mutex;

/** A request "Tm:Pi requests resource": its timestamp and the requesting process's index. */
record Req(int time, int process) implements Comparable<Req> {
    /** The paper's ⇒ on requests: by timestamp, ties broken by process order. */
    @Override
    public int compareTo(Req o) {
        return time != o.time ? Integer.compare(time, o.time) : Integer.compare(process, o.process);
    }

    @Override
    public String toString() {
        return time + ":P" + (process + 1);
    }
}
