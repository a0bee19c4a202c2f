package io.praxis.scoring.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reproduces every record of the golden metric vectors (METRICS.md), one dynamic test named by
 * record id, with the tolerances of METRICS.md:
 * <ul>
 * <li>an integer: exact;</li>
 * <li>{@code p_value}, {@code ci_lower}, {@code ci_upper}, {@code n_per_arm_unrounded}:
 *     1e-6 relative;</li>
 * <li>any other number: 1e-9 relative; exactly 0.0: |got| ≤ 1e-12;</li>
 * <li>{@code {"error": true}}: an {@link InvalidInputException} whose non-blank message names a
 *     field;</li>
 * <li>{@code null} listed in {@code undefined}: {@link MetricValue.Undefined} with a non-blank
 *     reason.</li>
 * </ul>
 *
 * <p>Reads the file named by the system property {@code golden.metrics} when it is set (an
 * absolute path, or one relative to the module or to the project root), else the bundled
 * {@code golden/metrics.jsonl}:
 * {@code ./mvnw -pl scoring test -Dtest=GoldenMetricsTest -Dgolden.metrics=/abs/metrics.jsonl}.
 */
class GoldenMetricsTest {

    static final String PROPERTY = "golden.metrics";
    static final String BUNDLED = "/golden/metrics.jsonl";
    static final Set<String> LOOSE_FIELDS = Set.of("p_value", "ci_lower", "ci_upper", "n_per_arm_unrounded");
    static final double LOOSE = 1e-6;
    static final double STRICT = 1e-9;
    static final double ZERO = 1e-12;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> everyGoldenRecord() throws IOException {
        List<String> lines = readVectors();
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode record = JSON.readTree(line);
            String id = record.path("id").asString("line " + (i + 1));
            assertThat(ids.add(id)).as("duplicate record id %s", id).isTrue();
            tests.add(DynamicTest.dynamicTest(id, () -> check(id, record)));
        }
        assertThat(tests).as("golden records").isNotEmpty();
        return tests.stream();
    }

    /** The vector file's lines: from {@code -Dgolden.metrics} when set, else the bundled copy. */
    static List<String> readVectors() throws IOException {
        String configured = System.getProperty(PROPERTY, "").strip();
        if (configured.isEmpty()) {
            try (InputStream in = GoldenMetricsTest.class.getResourceAsStream(BUNDLED)) {
                assertThat(in).as("bundled vectors %s", BUNDLED).isNotNull();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        }
        Path path = Path.of(configured);
        if (!path.isAbsolute() && !Files.exists(path)) {
            String root = System.getProperty("praxis.rootDir", "").strip();
            if (!root.isEmpty()) {
                path = Path.of(root).resolve(configured);
            }
        }
        assertThat(path).as("-D%s=%s", PROPERTY, configured).isRegularFile();
        return Files.readAllLines(path, StandardCharsets.UTF_8);
    }

    static void check(String id, JsonNode record) {
        String metric = record.path("metric").asString();
        JsonNode input = record.get("input");
        JsonNode expected = record.get("expected");
        assertThat(expected).as("%s: expected", id).isNotNull();

        if (expected.path("error").asBoolean(false)) {
            InvalidInputException error = null;
            Map<String, Object> got = null;
            try {
                got = MetricFamilies.compute(metric, input);
            } catch (InvalidInputException e) {
                error = e;
            }
            if (error == null) {
                throw new AssertionFailedError(id + ": expected the input to be rejected, got " + got);
            }
            assertThat(error.field()).as("%s: field of %s", id, error.getMessage()).isNotBlank();
            assertThat(error.getMessage()).as("%s: message", id).isNotBlank().contains(error.field());
            return;
        }

        Map<String, Object> got = MetricFamilies.compute(metric, input);
        Set<String> undefined = new LinkedHashSet<>();
        record.path("undefined").forEach(n -> undefined.add(n.asString()));
        List<String> failures = new ArrayList<>();
        Set<String> expectedNames = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            String name = e.getKey();
            expectedNames.add(name);
            JsonNode exp = e.getValue();
            if (!got.containsKey(name)) {
                failures.add(name + ": missing from the output");
                continue;
            }
            String problem = compare(name, exp, got.get(name), undefined.contains(name));
            if (problem != null) {
                failures.add(name + ": " + problem);
            }
        }
        for (String name : got.keySet()) {
            if (!expectedNames.contains(name)) {
                failures.add(name + ": in the output but not in the record");
            }
        }
        for (String name : undefined) {
            if (!expectedNames.contains(name)) {
                failures.add(name + ": listed as undefined but not expected");
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionFailedError(id + " (" + metric + "):\n  " + String.join("\n  ", failures));
        }
    }

    /** Null when {@code got} matches {@code exp}, else what is wrong. */
    static String compare(String name, JsonNode exp, Object got, boolean listedUndefined) {
        if (exp.isNull()) {
            if (!listedUndefined) {
                return "expected null, but the record does not list it as undefined";
            }
            if (got instanceof MetricValue.Undefined(String reason)) {
                return reason.isBlank() ? "undefined without a reason" : null;
            }
            return "expected undefined, got " + got;
        }
        if (listedUndefined) {
            return "listed as undefined but expected " + exp;
        }
        if (!exp.isNumber()) {
            return "unsupported expected value " + exp;
        }
        if (exp.isIntegralNumber()) {
            long want = exp.longValue();
            if (got instanceof Long || got instanceof Integer) {
                return ((Number) got).longValue() == want ? null : "expected exactly " + want + ", got " + got;
            }
            if (got instanceof MetricValue.Defined(double v)) {
                return v == want ? null : "expected exactly " + want + ", got " + v;
            }
            return "expected the integer " + want + ", got " + got;
        }
        double want = exp.doubleValue();
        if (!(got instanceof MetricValue.Defined(double v))) {
            return "expected " + want + ", got " + got;
        }
        if (want == 0.0) {
            return Math.abs(v) <= ZERO ? null : "expected 0 (|got| ≤ 1e-12), got " + v;
        }
        double tolerance = LOOSE_FIELDS.contains(name) ? LOOSE : STRICT;
        double error = Math.abs(v - want);
        return error <= tolerance * Math.abs(want) ? null
                : "expected " + want + " ± " + tolerance + " relative, got " + v + " (relative error "
                        + error / Math.abs(want) + ")";
    }
}
