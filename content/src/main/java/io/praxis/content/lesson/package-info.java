/**
 * The study material as the reader and the search see it: modules, lessons with their
 * rendered HTML and sections, glossary terms and source articles. Immutable records built
 * once by the loader.
 */
package io.praxis.content.lesson;
