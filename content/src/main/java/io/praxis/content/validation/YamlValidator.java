package io.praxis.content.validation;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.serialization.NodeReader;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Parses YAML into a tree whose nodes remember their line and column, and checks it against
 * one of the JSON Schemas in {@code schemas/}. Every schema violation and YAML syntax error
 * becomes a {@link ContentProblem} with its position.
 */
public final class YamlValidator {

    private static final String SCHEMA_BASE = "https://praxis.local/schemas/";

    private final NodeReader reader = NodeReader.builder().locationAware().build();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(SCHEMA_BASE, "classpath:schemas/")));
    private final ConcurrentHashMap<String, Schema> schemas = new ConcurrentHashMap<>();

    /**
     * Parses and validates one document.
     *
     * @param text the YAML text
     * @param schemaName e.g. {@code lesson.schema.json}
     * @param file the file name for problem reports
     * @param lineOffset added to YAML line numbers (lines before the YAML starts in the file)
     * @return the tree when it parsed and met the schema, else empty (problems recorded)
     */
    public Optional<JsonNode> parse(String text, String schemaName, String file, int lineOffset, Problems problems) {
        JsonNode node;
        try {
            node = reader.readTree(text, InputFormat.YAML);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            int line = loc != null && loc.getLineNr() > 0 ? loc.getLineNr() + lineOffset : 0;
            int column = loc != null ? Math.max(loc.getColumnNr(), 0) : 0;
            problems.add(file, line, column, "YAML syntax error: " + e.getOriginalMessage());
            return Optional.empty();
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            problems.add(file, 0, 0, "the file is empty");
            return Optional.empty();
        }
        Schema schema = schemas.computeIfAbsent(schemaName,
                n -> registry.getSchema(SchemaLocation.of(SCHEMA_BASE + n)));
        var errors = schema.validate(node);
        for (Error error : errors) {
            problems.at(file, lineOffset, error.getInstanceNode(), describe(error));
        }
        // A tree that breaks its schema is not bound: its values may not have the types the
        // loader expects, and its problems are already reported.
        return errors.isEmpty() ? Optional.of(node) : Optional.empty();
    }

    private static String describe(Error error) {
        String where = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        String message = error.getMessage();
        // networknt messages start with the JSON path already; keep them as they are.
        return message.startsWith("$") || where.isEmpty() ? message : where + ": " + message;
    }
}
