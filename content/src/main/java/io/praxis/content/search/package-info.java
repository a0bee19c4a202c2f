/**
 * Search over the curriculum with Lucene: an in-memory index built once at start-up (lesson
 * sections, glossary terms, cases, questions), English stemming with a domain synonym list,
 * field boosts, facets, highlighted snippets, infix autocomplete and spelling correction.
 * {@link io.praxis.content.search.PraxisAnalyzers} is shared with the grader.
 */
package io.praxis.content.search;
