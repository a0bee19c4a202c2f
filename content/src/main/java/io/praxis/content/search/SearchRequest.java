package io.praxis.content.search;

/**
 * What a learner asked for.
 *
 * @param text the query as typed; cut to {@link #MAX_QUERY_LENGTH} characters, never parsed
 *     as Lucene syntax
 * @param type optional filter: lesson, glossary, case or question (null = all)
 * @param module optional module id filter (null = all)
 * @param limit how many hits to return, 1-{@link #MAX_LIMIT}
 */
public record SearchRequest(String text, String type, String module, int limit) {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_LIMIT = 50;
    public static final int DEFAULT_LIMIT = 10;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        type = type == null || type.isBlank() ? null : type.strip();
        module = module == null || module.isBlank() ? null : module.strip();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (type != null && !DocType.isKnown(type)) {
            throw new IllegalArgumentException("type must be one of " + DocType.ids() + ", got '" + type + "'");
        }
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, DEFAULT_LIMIT);
    }
}
