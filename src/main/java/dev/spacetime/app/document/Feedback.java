package dev.spacetime.app.document;

import dev.spacetime.layout.HitTest;

/** Where the user hears back from what they did on the diagram: refusals at the pointer, hover text. */
public interface Feedback {
    void refuse(String reason, double screenX, double screenY);

    void hover(HitTest.Hit hit, double screenX, double screenY);
}
