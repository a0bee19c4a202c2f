package io.praxis.content;

import io.praxis.content.lesson.GlossaryTerm;
import io.praxis.content.lesson.Lesson;
import io.praxis.content.lesson.Module;
import io.praxis.content.lesson.Source;
import io.praxis.content.plan.PlanTemplate;
import io.praxis.content.practice.CaseStudy;
import io.praxis.content.practice.Question;
import io.praxis.content.practice.Rubric;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All of Praxis's content, validated and rendered: immutable, built once by
 * {@link CurriculumLoader}, safe to share between threads.
 */
public final class Curriculum {

    /** Id of the rubric that grades interview questions without a case rubric. */
    public static final String STRUCTURED_ANSWER = "structured-answer";

    private final Map<String, Module> modules;
    private final Map<String, Lesson> lessons;
    private final Map<String, GlossaryTerm> glossary;
    private final Map<String, Source> sources;
    private final Map<String, CaseStudy> cases;
    private final Map<String, Question> questions;
    private final Map<String, Rubric> rubrics;
    private final Map<String, String> goldSets;
    private final PlanTemplate plan;

    Curriculum(List<Module> modules, List<Lesson> lessons, List<GlossaryTerm> glossary, List<Source> sources,
            List<CaseStudy> cases, List<Question> questions, List<Rubric> rubrics, Map<String, String> goldSets,
            PlanTemplate plan) {
        this.plan = plan == null ? PlanTemplate.EMPTY : plan;
        this.modules = index(modules.stream().sorted(Comparator.comparingInt(Module::order)).toList(), Module::id);
        Map<String, Integer> moduleOrder = modules.stream().collect(Collectors.toMap(Module::id, Module::order));
        this.lessons = index(lessons.stream()
                .sorted(Comparator.comparingInt((Lesson l) -> moduleOrder.getOrDefault(l.moduleId(), 99))
                        .thenComparingInt(Lesson::order))
                .toList(), Lesson::id);
        this.glossary = index(glossary.stream()
                .sorted(Comparator.comparing((GlossaryTerm t) -> t.term().toLowerCase())).toList(), GlossaryTerm::id);
        this.sources = index(sources, Source::id);
        this.cases = index(cases.stream().sorted(Comparator.comparing(CaseStudy::kind).thenComparing(CaseStudy::id))
                .toList(), CaseStudy::id);
        this.questions = index(questions, Question::id);
        this.rubrics = index(rubrics, Rubric::id);
        this.goldSets = Map.copyOf(goldSets);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(id.apply(i), i));
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Modules in curriculum order. */
    public List<Module> modules() {
        return List.copyOf(modules.values());
    }

    public Optional<Module> module(String id) {
        return Optional.ofNullable(modules.get(id));
    }

    /** Lessons in reading order: by module, then by order within the module. */
    public List<Lesson> lessons() {
        return List.copyOf(lessons.values());
    }

    public Optional<Lesson> lesson(String id) {
        return Optional.ofNullable(lessons.get(id));
    }

    /** The lessons of one module, in order. */
    public List<Lesson> lessonsOf(String moduleId) {
        return lessons.values().stream().filter(l -> l.moduleId().equals(moduleId)).toList();
    }

    /** Glossary terms sorted A-Z. */
    public List<GlossaryTerm> glossary() {
        return List.copyOf(glossary.values());
    }

    public Optional<GlossaryTerm> term(String id) {
        return Optional.ofNullable(glossary.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public List<CaseStudy> cases() {
        return List.copyOf(cases.values());
    }

    public Optional<CaseStudy> caseStudy(String id) {
        return Optional.ofNullable(cases.get(id));
    }

    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    /** A rubric by id: every case's rubric (under the case id) and the standalone ones. */
    public Optional<Rubric> rubric(String id) {
        return Optional.ofNullable(rubrics.get(id));
    }

    /** The rubric that grades a question: its case's, or the structured-answer rubric. */
    public Rubric rubricFor(Question question) {
        if (question.caseId() != null && cases.containsKey(question.caseId())) {
            return cases.get(question.caseId()).rubric();
        }
        return rubrics.get(STRUCTURED_ANSWER);
    }

    /** Gold-set JSONL text by case id (human-scored answers for grader evaluation). */
    public Map<String, String> goldSets() {
        return goldSets;
    }

    /**
     * The 90-day plan template; {@link PlanTemplate#EMPTY} (no weeks) when the content has no
     * {@code plan.yaml}.
     */
    public PlanTemplate plan() {
        return plan;
    }
}
