/**
 * Validation of content files: YAML parsed into location-aware trees, checked against the
 * JSON Schemas in {@code schemas/}, and every problem reported with file, line and column so
 * that a broken file can be fixed without guessing.
 */
package io.praxis.content.validation;
