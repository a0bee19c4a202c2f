package io.praxis.content.search;

/** An autocomplete entry: the text to show and where choosing it leads. */
public record Suggestion(String text, String url) {
}
