package dev.spacetime.drawing;

/** Which clock an event's label shows beside its id. */
public enum ClockLabels { NONE, LAMPORT, VECTOR }
