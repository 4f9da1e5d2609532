package dev.spacetime.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

public class ViewportTest {
    @Test
    void fitPutsTheBoundsInsideTheMarginsCentred() {
        Viewport v = new Viewport();
        v.fit(new double[] {0, -100, 100, 0}, 600, 400, new double[] {10, 20, 30, 40});
        // The height limits: 400 − 40 = 360 pixels for 100 units.
        assertEquals(3.6, v.scale(), 1e-9);
        assertEquals(10, v.toPixelY(-100), 1e-9);
        assertEquals(370, v.toPixelY(0), 1e-9);
        double left = v.toPixelX(0);
        double right = v.toPixelX(100);
        assertEquals(600 - 20 - right, left - 40, 1e-9, "centred between the side margins");
        assertTrue(v.fitting());
    }

    @Test
    void zoomKeepsThePointUnderThePointerAndStopsFollowingTheFit() {
        Viewport v = new Viewport();
        v.fit(new double[] {0, 0, 100, 100}, 500, 500, 0);
        double x = v.toPageX(123);
        double y = v.toPageY(321);
        v.zoomAt(123, 321, 2.5);
        assertEquals(x, v.toPageX(123), 1e-9);
        assertEquals(y, v.toPageY(321), 1e-9);
        assertFalse(v.fitting());
    }

    @Test
    void panMovesByPixelsAndZoomStaysWithinLimits() {
        Viewport v = new Viewport();
        double before = v.toPixelX(10);
        v.panBy(15, -4);
        assertEquals(before + 15, v.toPixelX(10), 1e-9);
        v.zoomAt(0, 0, 1e9);
        assertEquals(Viewport.MAX_SCALE, v.scale());
        v.zoomAt(0, 0, 1e-12);
        assertEquals(Viewport.MIN_SCALE, v.scale());
    }

    @Test
    void aPixelGridTakesEachCellOnceAndRefusesOverlappingBoxes() {
        PixelGrid grid = new PixelGrid(100, 100, 4);
        assertTrue(grid.claimPoint(5, 5));
        assertFalse(grid.claimPoint(6, 7), "same 4-pixel cell");
        assertTrue(grid.claimPoint(9, 5));
        assertFalse(grid.claimPoint(-1, 5), "outside");
        assertTrue(grid.claimRect(20, 20, 40, 30));
        assertFalse(grid.claimRect(38, 28, 60, 50), "overlaps the first box");
        assertTrue(grid.claimRect(44, 20, 60, 30), "beside it");
    }
}
