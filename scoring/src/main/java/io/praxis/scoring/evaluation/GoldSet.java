package io.praxis.scoring.evaluation;

import io.praxis.content.Curriculum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads gold sets: JSONL, one human-scored answer per line,
 * {@code {"case": id, "answer": text, "score": 0-100, "levels": {criterion: 0-3}}} ({@code levels}
 * optional). Blank lines are skipped. Any other problem stops reading with a
 * {@link GoldSetException} naming the file, the line and the problem.
 */
public final class GoldSet {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GoldSet() {
    }

    /**
     * Parses the text of one gold file.
     *
     * @param source how the file is named in error messages
     * @throws GoldSetException for the first malformed line
     */
    public static List<GoldAnswer> parse(String source, String text) {
        List<GoldAnswer> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            out.add(parseLine(source, i + 1, line));
        }
        return List.copyOf(out);
    }

    /** Every bundled gold set of the curriculum, by case id in id order. */
    public static List<GoldAnswer> bundled(Curriculum curriculum) {
        List<GoldAnswer> out = new ArrayList<>();
        curriculum.goldSets().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.addAll(parse("gold/" + e.getKey() + ".jsonl", e.getValue())));
        return List.copyOf(out);
    }

    private static GoldAnswer parseLine(String source, int line, String text) {
        String where = source + ":" + line + ": ";
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new GoldSetException(where + "not valid JSON (" + e.getOriginalMessage().lines().findFirst()
                    .orElse("syntax error") + ")");
        }
        if (node == null || !node.isObject()) {
            throw new GoldSetException(where + "each line must be one JSON object");
        }
        JsonNode caseId = node.get("case");
        if (caseId == null || !caseId.isString() || caseId.asString().isBlank()) {
            throw new GoldSetException(where + "\"case\" must be a case id string");
        }
        JsonNode answer = node.get("answer");
        if (answer == null || !answer.isString() || answer.asString().isBlank()) {
            throw new GoldSetException(where + "\"answer\" must be a non-empty string");
        }
        JsonNode score = node.get("score");
        if (score == null || !score.isIntegralNumber() || score.asInt() < 0 || score.asInt() > 100) {
            throw new GoldSetException(where + "\"score\" must be an integer from 0 to 100");
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        JsonNode levelsNode = node.get("levels");
        if (levelsNode != null && !levelsNode.isNull()) {
            if (!levelsNode.isObject()) {
                throw new GoldSetException(where + "\"levels\" must be an object of criterion ids to levels 0-3");
            }
            for (Map.Entry<String, JsonNode> e : levelsNode.properties()) {
                JsonNode level = e.getValue();
                if (!level.isIntegralNumber() || level.asInt() < 0 || level.asInt() > 3) {
                    throw new GoldSetException(where + "level of \"" + e.getKey() + "\" must be an integer from 0 to 3");
                }
                levels.put(e.getKey(), level.asInt());
            }
        }
        return new GoldAnswer(source, line, caseId.asString(), answer.asString(), score.asInt(), levels);
    }
}
