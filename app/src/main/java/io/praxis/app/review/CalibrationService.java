package io.praxis.app.review;

import io.praxis.app.account.Account;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.ItemType;
import io.praxis.app.practice.PracticeItem;
import io.praxis.app.practice.PracticeService;
import io.praxis.content.practice.Criterion;
import io.praxis.scoring.evaluation.Agreement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calibration of the grader against released mentor reviews. Every released review counts once,
 * with its latest version; each criterion of it is one pair (grader level, mentor level). Per
 * case or question and per criterion: quadratic weighted kappa over the levels 0-3, exact and
 * adjacent agreement, and the mean difference mentor − grader (positive: mentors are more
 * generous). Also the submissions where the two disagree most, and an export of the reviewed
 * case answers as a gold set in the grader's JSONL format.
 *
 * <p>A reviewer sees the reviews of the learners they may see (a mentor: their cohorts; an admin:
 * all), because the report quotes answers.
 */
@Service
class CalibrationService {

    /** Submissions listed under "disagree most". */
    static final int DISAGREEMENTS = 10;
    /** Characters of an answer quoted in the disagreement list. */
    static final int EXCERPT = 240;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Agreement over a set of (grader, mentor) level pairs; the ratios are NaN without pairs, the
     * kappa also when it is undefined (see {@link Agreement}).
     */
    record Stats(int pairs, double kappa, double exact, double adjacent, double meanDifference) {

        static Stats of(List<int[]> pairs) {
            int[] grader = pairs.stream().mapToInt(p -> p[0]).toArray();
            int[] mentor = pairs.stream().mapToInt(p -> p[1]).toArray();
            double mean = pairs.isEmpty() ? Double.NaN
                    : pairs.stream().mapToInt(p -> p[1] - p[0]).average().orElse(Double.NaN);
            return new Stats(pairs.size(), Agreement.quadraticWeightedKappa(grader, mentor, 4),
                    Agreement.exact(grader, mentor), Agreement.adjacent(grader, mentor), mean);
        }
    }

    record CriterionRow(String criterionId, String title, Stats stats) {
    }

    /** One case or question: its reviews, agreement over all criteria, and per criterion. */
    record ItemRow(ItemType type, String itemId, String title, int reviews, Stats stats, double meanScoreDifference,
            List<CriterionRow> criteria) {
    }

    /** A submission where grader and mentor disagree; {@code distance} = Σ |mentor − grader| levels. */
    record Disagreement(long attemptId, String learnerName, String itemTitle, int graderScore, int mentorScore,
            int distance, String biggest, String excerpt) {
    }

    record Report(int reviews, Stats overall, List<ItemRow> items, List<Disagreement> disagreements) {
    }

    /** A released review with what it is about. */
    private record Released(Review review, ReviewVersion latest, AttemptView attempt) {
    }

    private final ReviewAccess access;
    private final PracticeService practice;
    private final ReviewRepository reviews;
    private final ReviewVersionRepository versions;

    CalibrationService(ReviewAccess access, PracticeService practice, ReviewRepository reviews,
            ReviewVersionRepository versions) {
        this.access = access;
        this.practice = practice;
        this.reviews = reviews;
        this.versions = versions;
    }

    @Transactional(readOnly = true)
    Report report(long viewerId) {
        List<Released> all = released(access.reviewer(viewerId));
        Map<Long, String> names = access.names();
        List<int[]> overall = new ArrayList<>();
        Map<String, List<Released>> byItem = new LinkedHashMap<>();
        all.forEach(r -> byItem.computeIfAbsent(r.review().getItemType() + ":" + r.review().getItemId(),
                k -> new ArrayList<>()).add(r));
        List<ItemRow> items = new ArrayList<>();
        for (List<Released> group : byItem.values()) {
            Review first = group.getFirst().review();
            List<int[]> pairs = new ArrayList<>();
            Map<String, List<int[]>> perCriterion = new LinkedHashMap<>();
            Map<String, String> titles = new HashMap<>();
            for (Released r : group) {
                for (ReviewVersion.CriterionRow c : r.latest().getCriteria()) {
                    int[] pair = {c.graderLevel(), c.mentorLevel()};
                    pairs.add(pair);
                    perCriterion.computeIfAbsent(c.criterionId(), k -> new ArrayList<>()).add(pair);
                    titles.putIfAbsent(c.criterionId(), c.title());
                }
            }
            overall.addAll(pairs);
            double scoreDiff = group.stream()
                    .mapToInt(r -> r.latest().getMentorScore() - r.latest().getGraderScore()).average().orElse(0);
            List<CriterionRow> criteria = perCriterion.entrySet().stream()
                    .map(e -> new CriterionRow(e.getKey(), titles.get(e.getKey()), Stats.of(e.getValue()))).toList();
            items.add(new ItemRow(first.getItemType(), first.getItemId(), title(group.getFirst()), group.size(),
                    Stats.of(pairs), scoreDiff, criteria));
        }
        items.sort(Comparator.comparing(ItemRow::title));
        List<Disagreement> disagreements = all.stream().map(r -> disagreement(r, names))
                .filter(d -> d.distance() > 0)
                .sorted(Comparator.comparingInt(Disagreement::distance).reversed()
                        .thenComparing(d -> -Math.abs(d.mentorScore() - d.graderScore())))
                .limit(DISAGREEMENTS).toList();
        return new Report(all.size(), Stats.of(overall), items, disagreements);
    }

    /**
     * The released reviews of cases as a gold set: one JSON object per line,
     * {@code {"case": id, "answer": text, "score": 0-100, "levels": {criterion: 0-3}}}, which
     * {@link io.praxis.scoring.evaluation.GoldSet#parse} reads. The score is the mentor's, computed
     * from their levels with the weights of the rubric the answer was graded with; levels are
     * kept for the criteria the case's rubric still has. Interview questions are left out: the
     * gold-set format knows cases only.
     *
     * @param caseId one case, or null for every case
     */
    @Transactional(readOnly = true)
    String goldSet(long viewerId, String caseId) {
        StringBuilder out = new StringBuilder();
        for (Released r : released(access.reviewer(viewerId))) {
            if (r.review().getItemType() != ItemType.CASE || (caseId != null && !caseId.equals(r.review().getItemId()))) {
                continue;
            }
            PracticeItem item = practice.item(ItemType.CASE, r.review().getItemId()).orElse(null);
            if (item == null) {
                continue;
            }
            Set<String> current = item.rubric().criteria().stream().map(Criterion::id).collect(Collectors.toSet());
            Map<String, Integer> levels = new LinkedHashMap<>();
            r.latest().getCriteria().stream().filter(c -> current.contains(c.criterionId()))
                    .forEach(c -> levels.put(c.criterionId(), c.mentorLevel()));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("case", r.review().getItemId());
            line.put("answer", r.attempt().answerText());
            line.put("score", r.latest().getMentorScore());
            line.put("levels", levels);
            out.append(JSON.writeValueAsString(line)).append('\n');
        }
        return out.toString();
    }

    private List<Released> released(Account reviewer) {
        LongPredicate visible = access.learnerFilter(reviewer);
        List<Review> done = reviews.findByReleasedVersionsGreaterThan(0).stream()
                .filter(r -> visible.test(r.getLearnerId())).toList();
        if (done.isEmpty()) {
            return List.of();
        }
        Map<Long, ReviewVersion> latest = new HashMap<>();
        versions.findByReviewIdIn(done.stream().map(Review::getId).toList())
                .forEach(v -> latest.merge(v.getReviewId(), v, (a, b) -> a.getNumber() >= b.getNumber() ? a : b));
        Map<Long, AttemptView> attempts = new HashMap<>();
        practice.forReview(done.stream().map(Review::getAttemptId).toList()).forEach(a -> attempts.put(a.id(), a));
        return done.stream().filter(r -> latest.containsKey(r.getId()) && attempts.containsKey(r.getAttemptId()))
                .sorted(Comparator.comparing(Review::getAttemptId))
                .map(r -> new Released(r, latest.get(r.getId()), attempts.get(r.getAttemptId()))).toList();
    }

    private static String title(Released r) {
        return r.attempt().itemTitle();
    }

    private static Disagreement disagreement(Released r, Map<Long, String> names) {
        int distance = 0;
        ReviewVersion.CriterionRow biggest = null;
        for (ReviewVersion.CriterionRow c : r.latest().getCriteria()) {
            int d = Math.abs(c.mentorLevel() - c.graderLevel());
            distance += d;
            if (d > 0 && (biggest == null || d > Math.abs(biggest.mentorLevel() - biggest.graderLevel()))) {
                biggest = c;
            }
        }
        String answer = r.attempt().answerText() == null ? "" : r.attempt().answerText();
        String excerpt = answer.length() > EXCERPT ? answer.substring(0, EXCERPT) + "…" : answer;
        return new Disagreement(r.attempt().id(), names.getOrDefault(r.attempt().userId(), "?"), title(r),
                r.latest().getGraderScore(), r.latest().getMentorScore(), distance,
                biggest == null ? "" : biggest.title() + ": grader " + biggest.graderLevel() + ", mentor "
                        + biggest.mentorLevel(), excerpt);
    }
}
