package dev.spacetime.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.causality.Analysis;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.testing.Diagrams;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DrawingOptionsTest {
    private static final Analysis FIGURE1 = Analysis.of(Diagrams.figure1());

    private static Drawing draw(DrawingOptions options, TimeMode mode) {
        return DrawingBuilder.build(DiagramLayout.of(FIGURE1, Orientation.TIME_UP, mode), options);
    }

    private static DrawingOptions selecting(String... ids) {
        return DrawingOptions.plain(ClockLabels.LAMPORT).withSelected(List.of(ids));
    }

    /** Event id → role of its dot. */
    private static Map<String, Role> dotRoles(Drawing d) {
        return d.shapes().stream().filter(Shape.Dot.class::isInstance).map(Shape.Dot.class::cast)
                .collect(Collectors.toMap(Shape.Dot::id, Shape.Dot::role, (a, b) -> a, TreeMap::new));
    }

    @Test
    void oneSelectedEventColoursItsPastFutureAndConcurrentEvents() {
        Map<String, Role> roles = dotRoles(draw(selecting("q3"), TimeMode.PHYSICAL));
        Map<Role, List<String>> byRole = roles.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                TreeMap::new, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        assertEquals(List.of("q3"), byRole.get(Role.SELECTED));
        assertEquals(List.of("p1", "q1", "q2"), byRole.get(Role.PAST));
        assertEquals(List.of("p4", "q4", "q5", "q6", "q7", "r3", "r4"), byRole.get(Role.FUTURE));
        assertEquals(List.of("p2", "p3", "r1", "r2"), byRole.get(Role.CONCURRENT));
        assertEquals(1, draw(selecting("q3"), TimeMode.PHYSICAL).count(Shape.Ring.class));
    }

    @Test
    void twoSelectedEventsDrawTheChainThatProvesTheFirstHappenedBeforeTheSecond() {
        Drawing d = draw(selecting("r4", "p1"), TimeMode.PHYSICAL);
        List<Shape> chain = d.shapes().stream().filter(s -> s.role() == Role.WITNESS).toList();
        // p1 → q2 (message), q2 … q4 (on Q), q4 → r3 (message), r3 … r4 (on R).
        assertEquals(List.of(Shape.Wave.class, Shape.Line.class, Shape.Wave.class, Shape.Line.class),
                chain.stream().map(Object::getClass).toList());
        assertEquals(2, d.count(Shape.Ring.class));
        Drawing concurrent = draw(selecting("p3", "q3"), TimeMode.PHYSICAL);
        assertTrue(concurrent.shapes().stream().noneMatch(s -> s.role() == Role.WITNESS), "no chain between p3 ‖ q3");
    }

    @Test
    void unknownSelectedIdsAreIgnored() {
        Drawing d = draw(selecting("gone"), TimeMode.PHYSICAL);
        assertTrue(dotRoles(d).values().stream().allMatch(r -> r == Role.EVENT));
    }

    @Test
    void tickLinesCrossEveryGapBetweenProcessesOncePerClockValue() {
        DrawingOptions ticks = new DrawingOptions(ClockLabels.LAMPORT, true, List.of(), false, false);
        Drawing d = draw(ticks, TimeMode.LOGICAL);
        List<Shape.Line> lines = d.shapes().stream().filter(s -> s instanceof Shape.Line l && l.role() == Role.TICK_LINE)
                .map(Shape.Line.class::cast).toList();
        assertEquals(7 * 2, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.dashed() && Math.abs(l.y1() - l.y2()) < 1e-9),
                "in logical time tick lines are straight (Figure 3)");
        Drawing physical = draw(ticks, TimeMode.PHYSICAL);
        assertTrue(physical.shapes().stream().filter(s -> s instanceof Shape.Line l && l.role() == Role.TICK_LINE)
                .map(Shape.Line.class::cast).anyMatch(l -> Math.abs(l.y1() - l.y2()) > 1), "in physical time they bend");
    }

    @Test
    void pairLinesJoinEveryConcurrentPairAndEveryFalseOrdering() {
        Drawing d = draw(new DrawingOptions(ClockLabels.LAMPORT, false, List.of(), true, true), TimeMode.PHYSICAL);
        long concurrent = d.shapes().stream().filter(s -> s.role() == Role.CONCURRENT_PAIR).count();
        long falseOrderings = d.shapes().stream().filter(s -> s.role() == Role.FALSE_ORDERING).count();
        assertEquals(FIGURE1.pairCounts().concurrent(), concurrent);
        assertEquals(FIGURE1.pairCounts().falseOrderings(), falseOrderings);
        assertTrue(falseOrderings > 0 && falseOrderings < concurrent);
    }

    @Test
    void hoverTitlesCarryBothClocks() {
        Shape.Dot r4 = draw(DrawingOptions.plain(ClockLabels.NONE), TimeMode.PHYSICAL).shapes().stream()
                .filter(s -> s instanceof Shape.Dot dot && "r4".equals(dot.id())).map(Shape.Dot.class::cast)
                .findFirst().orElseThrow();
        assertEquals("r4 on R: C=6, V=[1,4,4], time 60", r4.title());
    }

    @Test
    void aBlendRunsFromOneDrawingToTheOther() {
        Drawing physical = draw(selecting("q3"), TimeMode.PHYSICAL);
        Drawing logical = draw(selecting("q3"), TimeMode.LOGICAL);
        assertEquals(physical.shapes(), DrawingBlend.between(physical, logical, 0).shapes());
        assertEquals(logical.shapes(), DrawingBlend.between(physical, logical, 1).shapes());
        Shape.Dot a = (Shape.Dot) physical.shapes().stream().filter(Shape.Dot.class::isInstance).findFirst().get();
        Shape.Dot b = (Shape.Dot) logical.shapes().stream().filter(Shape.Dot.class::isInstance).findFirst().get();
        Shape.Dot half = (Shape.Dot) DrawingBlend.between(physical, logical, 0.5).shapes().get(physical.shapes().indexOf(a));
        assertEquals((a.y() + b.y()) / 2, half.y(), 1e-9);
        Drawing withTicks = draw(new DrawingOptions(ClockLabels.LAMPORT, true, List.of("q3"), false, false),
                TimeMode.PHYSICAL);
        assertSame(logical, DrawingBlend.between(withTicks, logical, 0.5), "shapes that do not match: no blend");
    }
}
