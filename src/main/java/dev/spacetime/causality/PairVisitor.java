package dev.spacetime.causality;

/** Receives pairs of events one at a time; returning false stops the enumeration. */
@FunctionalInterface
public interface PairVisitor {
    boolean visit(int a, int b);
}
