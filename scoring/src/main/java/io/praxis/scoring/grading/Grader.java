package io.praxis.scoring.grading;

import io.praxis.content.Curriculum;
import io.praxis.content.lesson.GlossaryTerm;
import io.praxis.content.lesson.Lesson;
import io.praxis.content.lesson.Section;
import io.praxis.content.practice.CaseStudy;
import io.praxis.content.practice.Question;
import io.praxis.content.practice.Rubric;
import io.praxis.content.search.PraxisAnalyzers;
import java.text.NumberFormat;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Grades free-text answers against a case's rubric: per criterion a level 0-3 with the
 * sentences that earned it and what is missing, an overall score, a confidence and flags.
 *
 * <p>Create one instance at start-up with {@link #create}; it precompiles every rubric of the
 * curriculum and is immutable and thread-safe afterwards. Grading is deterministic: the same
 * answer and rubric version always give the same report (no randomness, no clock).
 *
 * <h2>How an answer is read</h2>
 * <ol>
 * <li>The answer is split into sentences (and lines, so bullets are separate), and each word is
 *     lower-cased, folded and stemmed with Praxis's search analyzer. Rubric phrases are stemmed the
 *     same way and widened with the domain synonyms ("ml" ↔ "machine learning").
 * <li>Repeated sentences (same words, or half their 8-word shingles seen before) and sentences
 *     whose 5-word sequences are 60% or more copied from the prompt and context are set aside:
 *     they earn nothing, so repeating text can never raise a score.
 * <li>A concept is matched in a sentence when one of its phrases occurs there, no negation cue
 *     (not, no, never, without, don't, can't, refuse, skip, ...) stands up to four words before
 *     it in the same clause, and the sentence is substantive: six words or more, a verb, and at
 *     least three words per comma or slash. A sentence earns at most one concept mention per seven
 *     words (at least one), the earliest first, so a packed buzzword sentence earns little; words
 *     that signal concepts of two criteria at once ("spam folder") are one mention and credit both.
 * <li>A substantive sentence whose content words have a cosine similarity of 0.5 or more with one
 *     of a criterion's exemplar sentences counts as one more concept for that criterion
 *     ({@code "exemplar"}), once per criterion.
 * <li>The level is the highest level whose threshold the number of distinct matched concepts
 *     reaches; each distinct anti-indicator phrase found (not negated) lowers it by one.
 * <li>Overall = round(100 · Σ(weight · level / 3) / Σ weight), then capped by flags.
 * </ol>
 *
 * <h2>Flags</h2>
 * <ul>
 * <li>TOO_SHORT: under {@value #SHORT_WORDS} words (repeats not counted); graded as usual.
 * <li>PROMPT_PASTED: sentences making up half the words or more are pasted prompt or context;
 *     overall capped at 15.
 * <li>KEYWORD_STUFFING: concept words sit in lists rather than statements (at least four mentions
 *     lost in bare lists, more than those credited), or 60% or more of the sentences with concept
 *     words hold more than their allowance (at least four mentions over), or eight or more
 *     concepts at under ten words each; overall capped at 25.
 * <li>PADDING: 20% or more of the words repeat earlier sentences; the repeats are never graded,
 *     so the score cannot exceed that of the answer without them.
 * <li>OFF_TOPIC: under 25% of the content words (stop words, numbers and common English words left out) belong to the
 *     case's vocabulary (prompt, context, model answer, rubric) and at most two concepts were
 *     found; overall capped at 10.
 * <li>GIBBERISH: under half the words are known: the curriculum's vocabulary (lessons, glossary,
 *     cases, questions, rubrics) plus a bundled list of about 2,000 common English words; overall
 *     capped at 10.
 * </ul>
 *
 * <h2>Confidence</h2>
 * <pre>
 * c = 0.90
 *   − 0.05 for each criterion whose concept count m sits exactly on a threshold, or one below the
 *          next threshold (a level that one phrase more or less would change), at most − 0.30
 *   − 0.15 if the answer has under 80 words (repeats not counted)
 *   − 0.10 if more than two concept matches were negated
 * c = min(c, 0.50) if any flag is raised; clamped to [0, 1]
 * </pre>
 * An answer needs mentor review when any flag is raised or c &lt; {@value #REVIEW_CONFIDENCE}.
 */
public final class Grader {

    /** Longest answer accepted, in characters. */
    public static final int MAX_CHARACTERS = 20_000;
    /** Answers with fewer words are graded but flagged {@link Flag.Code#TOO_SHORT}. */
    public static final int SHORT_WORDS = 40;
    /** Below this confidence an answer needs mentor review. */
    public static final double REVIEW_CONFIDENCE = 0.6;
    static final int REVIEW_CONFIDENCE_PERCENT = 60;

    private final Curriculum curriculum;
    private final TextAnalyzer analyzer;
    private final SynonymTable synonyms;
    private final Set<String> knownWords;
    /** Stems of the bundled common English words; left out when judging what an answer is about. */
    private final Set<String> commonStems;
    private final Map<Rubric, CompiledRubric> compiled;
    private final Map<CaseStudy, AnswerGrading.Inputs> caseInputs;
    private final Map<Question, AnswerGrading.Inputs> questionInputs;

    private Grader(Curriculum curriculum, PraxisAnalyzers analyzers) {
        this.curriculum = curriculum;
        this.analyzer = new TextAnalyzer(analyzers);
        this.synonyms = new SynonymTable(PraxisAnalyzers.synonymGroups(), analyzer);
        Map<Rubric, CompiledRubric> rubrics = new IdentityHashMap<>();
        Map<CaseStudy, AnswerGrading.Inputs> cases = new IdentityHashMap<>();
        Set<String> known = new HashSet<>();
        for (CaseStudy c : curriculum.cases()) {
            CompiledRubric r = rubrics.computeIfAbsent(c.rubric(), x -> new CompiledRubric(x, analyzer, synonyms));
            cases.put(c, inputs(r, Stream.of(c.title(), c.prompt(), c.context(), c.modelAnswer()),
                    c.prompt() + "\n" + c.context()));
            known.addAll(cases.get(c).vocabulary());
        }
        curriculum.rubric(Curriculum.STRUCTURED_ANSWER).ifPresent(r -> rubrics.computeIfAbsent(r,
                x -> new CompiledRubric(x, analyzer, synonyms)));
        rubrics.values().forEach(r -> known.addAll(r.vocabulary()));
        Map<Question, AnswerGrading.Inputs> questions = new IdentityHashMap<>();
        for (Question q : curriculum.questions()) {
            AnswerGrading.Inputs in = questionInputs(q, curriculum.rubricFor(q), rubrics);
            questions.put(q, in);
            known.addAll(in.vocabulary());
        }
        for (Lesson lesson : curriculum.lessons()) {
            CompiledRubric.addWords(known, analyzer, lesson.title());
            CompiledRubric.addWords(known, analyzer, lesson.summary());
            lesson.objectives().forEach(o -> CompiledRubric.addWords(known, analyzer, o));
            for (Section s : lesson.sections()) {
                CompiledRubric.addWords(known, analyzer, s.title());
                CompiledRubric.addWords(known, analyzer, s.text());
            }
        }
        for (GlossaryTerm t : curriculum.glossary()) {
            CompiledRubric.addWords(known, analyzer, t.term());
            t.aliases().forEach(a -> CompiledRubric.addWords(known, analyzer, a));
            CompiledRubric.addWords(known, analyzer, t.definition());
        }
        Set<String> common = new HashSet<>();
        Lexicon.commonWords().forEach(w -> CompiledRubric.addWords(common, analyzer, w));
        known.addAll(common);
        this.commonStems = Set.copyOf(common);
        this.compiled = java.util.Collections.unmodifiableMap(rubrics);
        this.caseInputs = java.util.Collections.unmodifiableMap(cases);
        this.questionInputs = java.util.Collections.unmodifiableMap(questions);
        this.knownWords = Set.copyOf(known);
    }

    /**
     * Builds a grader for every rubric of the curriculum. Call once at start-up: it stems every
     * rubric phrase and the curriculum's vocabulary (tens of milliseconds).
     */
    public static Grader create(Curriculum curriculum, PraxisAnalyzers analyzers) {
        return new Grader(Objects.requireNonNull(curriculum, "curriculum"),
                Objects.requireNonNull(analyzers, "analyzers"));
    }

    /** The curriculum this grader was built for. */
    public Curriculum curriculum() {
        return curriculum;
    }

    /**
     * Grades an answer to a case with the case's rubric.
     *
     * @throws AnswerRejectedException when the answer is empty, blank or over {@value #MAX_CHARACTERS} characters
     */
    public GradeReport grade(CaseStudy caseStudy, String answer) {
        Objects.requireNonNull(caseStudy, "caseStudy");
        check(answer);
        AnswerGrading.Inputs inputs = caseInputs.get(caseStudy);
        CompiledRubric rubric = compiledFor(caseStudy.rubric());
        if (inputs == null) {
            inputs = inputs(rubric, Stream.of(caseStudy.title(), caseStudy.prompt(), caseStudy.context(),
                    caseStudy.modelAnswer()), caseStudy.prompt() + "\n" + caseStudy.context());
        }
        return run(rubric, inputs, answer);
    }

    /**
     * Grades an answer to an interview question with {@link Curriculum#rubricFor(Question)}: its
     * case's rubric, or the structured-answer rubric.
     *
     * @throws AnswerRejectedException when the answer is empty, blank or over {@value #MAX_CHARACTERS} characters
     */
    public GradeReport gradeQuestion(Question question, String answer) {
        Objects.requireNonNull(question, "question");
        check(answer);
        Rubric rubric = curriculum.rubricFor(question);
        if (rubric == null) {
            throw new IllegalStateException("No rubric grades question '" + question.id() + "'");
        }
        AnswerGrading.Inputs inputs = questionInputs.get(question);
        if (inputs == null) {
            inputs = questionInputs(question, rubric, compiled);
        }
        return run(compiledFor(rubric), inputs, answer);
    }

    /**
     * Grades an answer with any rubric.
     *
     * @param prompt the question the learner answered, or null; used to spot pasted text and as
     *     on-topic vocabulary
     * @param context the case context shown with it, or null
     * @throws AnswerRejectedException when the answer is empty, blank or over {@value #MAX_CHARACTERS} characters
     */
    public GradeReport grade(Rubric rubric, String prompt, String context, String answer) {
        Objects.requireNonNull(rubric, "rubric");
        check(answer);
        CompiledRubric compiledRubric = compiledFor(rubric);
        Stream<String> texts = Stream.of(prompt, context);
        CaseStudy owner = curriculum.caseStudy(rubric.id())
                .filter(c -> c.rubric() == rubric || c.rubric().equals(rubric)).orElse(null);
        if (owner != null) {
            texts = Stream.concat(texts, Stream.of(owner.title(), owner.modelAnswer()));
        }
        String pasteSource = Stream.of(prompt, context).filter(Objects::nonNull).reduce("", (a, b) -> a + "\n" + b);
        return run(compiledRubric, inputs(compiledRubric, texts, pasteSource), answer);
    }

    private GradeReport run(CompiledRubric rubric, AnswerGrading.Inputs inputs, String answer) {
        return new AnswerGrading(rubric, inputs, knownWords, commonStems, analyzer.analyze(answer)).grade();
    }

    private CompiledRubric compiledFor(Rubric rubric) {
        CompiledRubric r = compiled.get(rubric);
        if (r != null) {
            return r;
        }
        for (Map.Entry<Rubric, CompiledRubric> e : compiled.entrySet()) {
            if (e.getKey().id().equals(rubric.id()) && e.getKey().equals(rubric)) {
                return e.getValue();
            }
        }
        return new CompiledRubric(rubric, analyzer, synonyms);
    }

    private AnswerGrading.Inputs questionInputs(Question q, Rubric rubric, Map<Rubric, CompiledRubric> rubrics) {
        CompiledRubric r = rubrics.computeIfAbsent(rubric, x -> new CompiledRubric(x, analyzer, synonyms));
        CaseStudy c = q.caseId() == null ? null : curriculum.caseStudy(q.caseId()).orElse(null);
        Stream<String> texts = Stream.concat(Stream.of(q.question(), q.pitfall()), q.strongAnswer().stream());
        String pasteSource = q.question();
        if (c != null) {
            texts = Stream.concat(texts, Stream.of(c.title(), c.prompt(), c.context(), c.modelAnswer()));
            pasteSource = pasteSource + "\n" + c.prompt() + "\n" + c.context();
        }
        return inputs(r, texts, pasteSource);
    }

    private AnswerGrading.Inputs inputs(CompiledRubric rubric, Stream<String> texts, String pasteSource) {
        Set<String> vocabulary = new HashSet<>(rubric.vocabulary());
        texts.filter(Objects::nonNull).forEach(t -> CompiledRubric.addWords(vocabulary, analyzer, t));
        Set<String> grams = AnswerGrading.grams(analyzer.stems(pasteSource == null ? "" : pasteSource),
                AnswerGrading.PROMPT_GRAM);
        return new AnswerGrading.Inputs(Set.copyOf(grams), Set.copyOf(vocabulary));
    }

    private static void check(String answer) {
        if (answer == null || answer.isBlank()) {
            throw new AnswerRejectedException("The answer is empty: write an answer before submitting it.");
        }
        if (answer.length() > MAX_CHARACTERS) {
            NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
            throw new AnswerRejectedException("The answer has " + n.format(answer.length())
                    + " characters; the limit is " + n.format(MAX_CHARACTERS) + ".");
        }
    }

    /** Count of distinct stems the grader treats as known English words (for tests and diagnostics). */
    int knownWordCount() {
        return knownWords.size();
    }
}
