package dev.spacetime.app.editing;

import dev.spacetime.model.Diagram;

/** Fresh names for things the user adds: events after their process (p5 on P), processes by letter (P, Q, R, S…). */
public final class NewNames {
    private NewNames() {
    }

    /** An unused event id on the process: its name in lower case and the next free number. */
    static String event(Diagram d, int process) {
        String prefix = EventNumbers.prefix(d, process);
        for (int n = d.eventCount(process) + 1;; n++) {
            if (d.findEvent(prefix + n) < 0) {
                return prefix + n;
            }
        }
    }

    /** An unused process name: the letter after the last process's (as in the paper's P, Q, R), else P1, P2…. */
    static String process(Diagram d) {
        int count = d.processCount();
        if (count > 0) {
            String last = d.processName(count - 1);
            if (last.length() == 1 && last.charAt(0) >= 'A' && last.charAt(0) < 'Z') {
                for (char c = (char) (last.charAt(0) + 1); c <= 'Z'; c++) {
                    if (d.processIndex(String.valueOf(c)) < 0) {
                        return String.valueOf(c);
                    }
                }
            }
        } else {
            return "P";
        }
        for (int n = count + 1;; n++) {
            if (d.processIndex("P" + n) < 0) {
                return "P" + n;
            }
        }
    }
}
