package io.praxis.scoring.metrics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields from a JSON input object, rejecting wrong JSON types the way METRICS.md
 * says: a count must be a JSON integer (not 2.5, not 3.0, not true), a number must be a JSON
 * number (not a boolean or a string), a required field must be present. Range checks are left
 * to the input records. Fields not named by a family are ignored.
 */
final class JsonFields {

    private final JsonNode object;

    private JsonFields(JsonNode object) {
        this.object = object;
    }

    /** Wraps the input, which must be a JSON object. */
    static JsonFields of(JsonNode input) {
        if (input == null || !input.isObject()) {
            throw new InvalidInputException("input", "input must be a JSON object, got " + show(input));
        }
        return new JsonFields(input);
    }

    /** The field's node. @throws InvalidInputException when it is missing */
    JsonNode required(String name) {
        JsonNode node = object.get(name);
        if (node == null || node.isMissingNode()) {
            throw new InvalidInputException(name, name + " is required");
        }
        return node;
    }

    /** A JSON integer field that fits a long; {@code requirement} completes "must be …". */
    long wholeNumber(String name, String requirement) {
        return wholeNumber(required(name), name, requirement);
    }

    /** A JSON number field (integer or not), finite; {@code requirement} completes "must be …". */
    double number(String name, String requirement) {
        return number(required(name), name, requirement);
    }

    /** A JSON string field. */
    String string(String name) {
        return string(required(name), name);
    }

    /** A JSON array field. */
    JsonNode array(String name) {
        return array(required(name), name);
    }

    /** A JSON object field. */
    JsonNode object(String name) {
        JsonNode node = required(name);
        if (!node.isObject()) {
            throw new InvalidInputException(name, name + " must be a JSON object, got " + show(node));
        }
        return node;
    }

    static JsonNode array(JsonNode node, String field) {
        if (!node.isArray()) {
            throw new InvalidInputException(field, field + " must be a list, got " + show(node));
        }
        return node;
    }

    static long wholeNumber(JsonNode node, String field, String requirement) {
        if (node.isIntegralNumber()) {
            BigInteger v = node.bigIntegerValue();
            if (v.bitLength() < 64) {
                return v.longValue();
            }
        }
        throw new InvalidInputException(field, field + " must be " + requirement + ", got " + show(node));
    }

    static int smallWholeNumber(JsonNode node, String field, String requirement) {
        long v = wholeNumber(node, field, requirement);
        if (v != (int) v) {
            throw new InvalidInputException(field, field + " must be " + requirement + ", got " + show(node));
        }
        return (int) v;
    }

    static double number(JsonNode node, String field, String requirement) {
        if (node.isNumber()) {
            double v = node.doubleValue();
            if (Double.isFinite(v)) {
                return v;
            }
        }
        throw new InvalidInputException(field, field + " must be " + requirement + ", got " + show(node));
    }

    static String string(JsonNode node, String field) {
        if (!node.isString()) {
            throw new InvalidInputException(field, field + " must be a string, got " + show(node));
        }
        return node.stringValue();
    }

    /** The numbers of an array field: {@code name[i]} must be {@code requirement}. */
    double[] numbers(String name, String requirement) {
        JsonNode arr = array(name);
        double[] out = new double[arr.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(arr.get(i), name + "[" + i + "]", requirement);
        }
        return out;
    }

    /** The 0/1 labels of an array node. */
    static int[] labels(JsonNode node, String field) {
        JsonNode arr = array(node, field);
        int[] out = new int[arr.size()];
        for (int i = 0; i < out.length; i++) {
            String f = field + "[" + i + "]";
            JsonNode e = arr.get(i);
            if (!e.isIntegralNumber() || !(e.canConvertToExactIntegral()) || !isBit(e)) {
                throw new InvalidInputException(f, f + " must be 0 or 1, got " + show(e));
            }
            out[i] = e.intValue();
        }
        return out;
    }

    private static boolean isBit(JsonNode e) {
        BigInteger v = e.bigIntegerValue();
        return v.equals(BigInteger.ZERO) || v.equals(BigInteger.ONE);
    }

    /** The strings of an array node. */
    static List<String> strings(JsonNode node, String field) {
        JsonNode arr = array(node, field);
        List<String> out = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            out.add(string(arr.get(i), field + "[" + i + "]"));
        }
        return out;
    }

    /** A JSON value as it appeared, for messages: 2.5, true, "abc", null, [..], {..}. */
    static String show(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        String s = node.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
