package dev.spacetime.lod;

import java.util.HashSet;
import java.util.Set;

/**
 * Which of a frame's messages are painted when there are more than the eye can follow: at most
 * {@link LevelOfDetail#MESSAGE_BUDGET}, spread evenly over all of them so the look of the traffic is
 * kept, and one of several that run between the same pixels.
 */
public final class MessageThinning {
    private final boolean levelOfDetail;
    private final int messagesVisible;
    private final Set<Long> drawn = new HashSet<>();
    private int index;

    /** @param levelOfDetail false for an export, where every message is painted */
    public MessageThinning(boolean levelOfDetail, int messagesVisible) {
        this.levelOfDetail = levelOfDetail;
        this.messagesVisible = messagesVisible;
    }

    /** Whether the next visible message is among those painted; call once for each, in painting order. */
    public boolean take() {
        int i = index++;
        int budget = LevelOfDetail.MESSAGE_BUDGET;
        if (!levelOfDetail || messagesVisible <= budget) {
            return true;
        }
        return (long) (i + 1) * budget / messagesVisible != (long) i * budget / messagesVisible;
    }

    /** Whether no message between these pixels (to 2 px) was painted yet; messages there look the same. */
    public boolean firstBetween(double x1, double y1, double x2, double y2) {
        return !levelOfDetail || drawn.add(pixelKey(x1, y1, x2, y2));
    }

    private static long pixelKey(double x1, double y1, double x2, double y2) {
        long a = ((long) Math.floor(x1 / 2)) & 0xffff;
        long b = ((long) Math.floor(y1 / 2)) & 0xffff;
        long c = ((long) Math.floor(x2 / 2)) & 0xffff;
        long d = ((long) Math.floor(y2 / 2)) & 0xffff;
        return a << 48 | b << 32 | c << 16 | d;
    }
}
