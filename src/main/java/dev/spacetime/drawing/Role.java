package dev.spacetime.drawing;

/** What a shape stands for, so each painter picks its colour and weight from one theme. */
public enum Role {
    PROCESS_LINE, PROCESS_NAME, EVENT, EVENT_LABEL, MESSAGE, EXTERNAL_MESSAGE, MESSAGE_LABEL
}
