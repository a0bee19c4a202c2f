package io.praxis.app.practice;

import java.time.Instant;

/**
 * The outcome of an autosave.
 *
 * @param saved whether the text was stored
 * @param revision the stored revision after the call (the tab should send it with its next save)
 * @param conflict true when another tab saved since this tab last saw the draft: nothing was
 *     overwritten, and {@code otherText} holds what the other tab saved
 */
public record SaveResult(boolean saved, long revision, Instant savedAt, boolean conflict, String otherText) {
}
