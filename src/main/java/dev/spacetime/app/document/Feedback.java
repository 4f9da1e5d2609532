package dev.spacetime.app.document;

import dev.spacetime.layout.HitTest;

/**
 * Where the user hears back from what they did on the diagram: refusals at the pointer, hover text,
 * and a word in the status line when something was done that leaves nothing to see (a copy).
 */
public interface Feedback {
    /** Says in the status line that something was done, until the diagram, selection or view changes. */
    void done(String what);

    void refuse(String reason, double screenX, double screenY);

    void hover(HitTest.Hit hit, double screenX, double screenY);
}
