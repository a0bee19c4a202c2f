/**
 * Markdown to safe HTML: CommonMark with tables, stable heading anchors, callouts and
 * glossary links, always passed through the OWASP sanitiser before it can reach a page.
 */
package io.praxis.content.markdown;
