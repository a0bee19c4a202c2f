/**
 * Studying: the curriculum loaded and indexed at start-up, the module catalog, lesson and
 * glossary pages, and each learner's progress (opened, completed, where to continue),
 * stored per learner in {@code lesson_progress}.
 */
package io.praxis.app.study;
