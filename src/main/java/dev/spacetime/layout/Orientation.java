package dev.spacetime.layout;

/** Which way time runs on the page. */
public enum Orientation {
    /** Time goes up and processes stand side by side, as in the paper's figures. */
    TIME_UP,
    /** Time goes right and processes lie one under another, as in most textbooks. */
    TIME_RIGHT
}
