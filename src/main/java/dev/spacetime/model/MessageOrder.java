package dev.spacetime.model;

/**
 * Puts an event's messages in the diagram's order of their far ends (process, then place on it), so that
 * lists and explanations name "p2, q5" the same way every time, whatever order the messages were added in.
 */
final class MessageOrder {
    private MessageOrder() {
    }

    static void bySender(Diagram d, int[] messages) {
        sort(d, messages, true);
    }

    static void byReceiver(Diagram d, int[] messages) {
        sort(d, messages, false);
    }

    // An event's messages are few: insertion sort is plenty.
    private static void sort(Diagram d, int[] ms, boolean bySender) {
        for (int i = 1; i < ms.length; i++) {
            int m = ms[i];
            int j = i - 1;
            while (j >= 0 && comesAfter(d, end(d, ms[j], bySender), end(d, m, bySender))) {
                ms[j + 1] = ms[j];
                j--;
            }
            ms[j + 1] = m;
        }
    }

    private static int end(Diagram d, int m, boolean sender) {
        return sender ? d.messageFrom(m) : d.messageTo(m);
    }

    private static boolean comesAfter(Diagram d, int a, int b) {
        int pa = d.processOf(a);
        int pb = d.processOf(b);
        return pa != pb ? pa > pb : d.positionOf(a) > d.positionOf(b);
    }
}
