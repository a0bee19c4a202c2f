package io.praxis.content.lesson;

/**
 * A part of a lesson under one heading, used for the table of contents and for search.
 *
 * @param anchor the heading's element id, stable across restarts ("" for the intro)
 * @param title the heading text (the lesson title for the intro)
 * @param level 2 or 3 for headings, 1 for the intro
 * @param text the plain text under the heading, for indexing
 */
public record Section(String anchor, String title, int level, String text) {
}
