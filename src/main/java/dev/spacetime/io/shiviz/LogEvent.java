package dev.spacetime.io.shiviz;

import java.util.Map;

/**
 * One event as the log wrote it: its process ({@code host}), its vector clock as text, its
 * description ({@code event}) and any other named fields, with where the match began.
 */
record LogEvent(String host, String clock, String text, Map<String, String> fields, int line, int column,
        int clockLine, int clockColumn) {
}
