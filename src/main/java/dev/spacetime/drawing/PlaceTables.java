package dev.spacetime.drawing;

/**
 * The places round a dot that one placement asks for again and again, kept while their measures
 * stay the same: every event label of a role has the same dot, line height and text scale, so the
 * tables of {@link LabelPlaces} are made once rather than for every form of every label. The tables
 * handed out are shared and must not be changed.
 */
final class PlaceTables {
    private double[][] besideLine;
    private double besideR = Double.NaN;
    private double besideH;
    private double besideK;
    private boolean besideFar;
    private double[][] overLine;
    private double overR = Double.NaN;
    private double overH;
    private double overW;
    private boolean overFar;

    /** {@link LabelPlaces#besideLine}, made again only when a measure differs from the last call's. */
    double[][] besideLine(double r, double h, double k, boolean far) {
        if (r != besideR || h != besideH || k != besideK || far != besideFar) {
            besideLine = LabelPlaces.besideLine(r, h, k, far);
            besideR = r;
            besideH = h;
            besideK = k;
            besideFar = far;
        }
        return besideLine;
    }

    /**
     * {@link LabelPlaces#overLine}, made again only when a measure differs from the last call's; the
     * label's width matters only to the far places.
     */
    double[][] overLine(double r, double h, double w, boolean far) {
        if (r != overR || h != overH || far != overFar || (far && w != overW)) {
            overLine = LabelPlaces.overLine(r, h, w, far);
            overR = r;
            overH = h;
            overW = w;
            overFar = far;
        }
        return overLine;
    }
}
