package io.praxis.app.practice;

/** Untimed practice, or a mock interview with a countdown that submits when time runs out. */
public enum AttemptMode {
    PRACTICE, MOCK
}
