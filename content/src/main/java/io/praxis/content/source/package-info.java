/**
 * Where content files are read from: the class path of a built application (listed by the
 * build-generated manifest) or a folder on disk for authors and test fixtures.
 */
package io.praxis.content.source;
