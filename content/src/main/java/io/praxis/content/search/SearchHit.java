package io.praxis.content.search;

/**
 * One result.
 *
 * @param id the item id; for lesson sections {@code lessonId#anchor}
 * @param title what to show as the link text (lesson title › section for sections)
 * @param url where it lives, with the section anchor
 * @param snippet HTML: escaped text with matches in {@code <b>}; safe to render
 */
public record SearchHit(String id, String type, String title, String module, String url, String snippet,
        float score) {
}
