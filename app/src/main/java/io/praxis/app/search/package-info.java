/**
 * Search for learners: the header box with autocomplete, the results page with facets and
 * "did you mean", the JSON API at {@code /api/search}, and the count of queries that found
 * nothing, shown to admins.
 */
package io.praxis.app.search;
