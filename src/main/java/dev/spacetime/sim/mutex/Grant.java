package dev.spacetime.sim.mutex;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule 5 at the event where a process was granted the resource, read from the diagram: its request
 * Tm:Pi, the requests ordered before it by ⇒ on its queue (none, by part (i)), and the latest
 * timestamp it had heard from every other process (each later than Tm, by part (ii)).
 *
 * @param event   the enter event's id
 * @param request "3:P1"
 * @param ahead   the requests on its queue ordered before its own by ⇒, "3:P1"
 * @param heard   per other process, the latest timestamp heard from it (-1 for nothing yet)
 */
record Grant(String event, String process, String request, int tm, List<String> ahead, List<Heard> heard) {
    /** The latest timestamp heard from a process, -1 for nothing yet. */
    record Heard(String process, int tm) {
        String text() {
            return process + (tm < 0 ? " (nothing yet)" : " (Tm = " + tm + ")");
        }
    }

    Grant {
        ahead = List.copyOf(ahead);
        heard = List.copyOf(heard);
    }

    /** Part (i): no other request on the queue is ordered before this one by ⇒. */
    boolean first() {
        return ahead.isEmpty();
    }

    /** The processes not heard from later than Tm, which part (ii) waits for. */
    List<Heard> unheard() {
        return heard.stream().filter(h -> h.tm() <= tm).toList();
    }

    /** The parts of rule 5 this grant broke: "5(i)", "5(ii)", or none. */
    List<String> broken() {
        List<String> out = new ArrayList<>();
        if (!first()) {
            out.add("5(i)");
        }
        if (!unheard().isEmpty()) {
            out.add("5(ii)");
        }
        return out;
    }

    /** Part (i) in words: "P1's request 3:P1 is first in its queue by ⇒", or what is ahead of it. */
    String partOne() {
        return first() ? process + "'s request " + request + " is first in its queue by ⇒"
                : process + "'s request " + request + " is not first in its queue: " + names(ahead) + " ⇒ " + request;
    }

    /** Part (ii) in words: "P1 has heard from P2 (Tm = 5) and P3 (Tm = 4), both later than 3", or who not. */
    String partTwo() {
        List<Heard> missing = unheard();
        if (missing.isEmpty()) {
            String all = heard.size() == 1 ? "" : heard.size() == 2 ? "both " : "all ";
            return process + " has heard from " + names(heard.stream().map(Heard::text).toList()) + ", " + all
                    + "later than " + tm;
        }
        return process + " has not heard from " + names(missing.stream().map(Heard::text).toList())
                .replace(" and ", " or ") + " later than " + tm;
    }

    /** Why the grant broke a part of rule 5, for a verdict: "P2 entered (p2_4) before hearing from P3 later than 3". */
    String blame(String part) {
        return part.equals("5(i)")
                ? process + " entered (" + event + ") with " + names(ahead) + " ahead of its request " + request + " by ⇒"
                : process + " entered (" + event + ") before hearing from "
                        + names(unheard().stream().map(Heard::process).toList()).replace(" and ", " or ") + " later than " + tm;
    }

    /** "a", "a and b", "a, b and c". */
    static String names(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : i == items.size() - 1 ? " and " : ", ").append(items.get(i));
        }
        return sb.toString();
    }
}
