/**
 * Praxis content as a library: {@link io.praxis.content.CurriculumLoader} reads the
 * authored files (lessons, glossary, modules, cases, rubrics, questions, gold sets, the
 * 90-day plan template), validates them with file/line/column problem reports and renders
 * them once into an immutable {@link io.praxis.content.Curriculum};
 * {@link io.praxis.content.Links} fixes the web address of every item. No Spring, no Vaadin.
 */
package io.praxis.content;
