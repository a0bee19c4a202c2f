/**
 * The learning journal: dated Markdown entries each learner writes for themselves,
 * optionally linked to a plan task or a lesson, rendered through the content module's
 * Markdown renderer and sanitiser, searchable and exportable as one Markdown file. Entries
 * belong to exactly one learner: every read and write is by the learner's own id and an entry
 * id, and another learner's entry answers as if it did not exist.
 */
package io.praxis.app.journal;
