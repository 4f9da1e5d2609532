package dev.spacetime.model;

/** Which way time runs on the page when a diagram is shown: up the page, or along it to the right. */
public enum TimeDirection { UP, RIGHT }
