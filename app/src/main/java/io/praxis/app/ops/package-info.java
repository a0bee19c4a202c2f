/**
 * Operations: the start-up report, and {@link io.praxis.app.ops.DatabaseText}, which keeps text
 * portable between the embedded H2 database and PostgreSQL (the tests in this package's test
 * sources run the application on a real PostgreSQL).
 */
package io.praxis.app.ops;
