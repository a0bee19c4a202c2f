package io.praxis.content;

import io.praxis.content.lesson.GlossaryTerm;
import io.praxis.content.lesson.Lesson;
import io.praxis.content.lesson.Module;
import io.praxis.content.lesson.Source;
import io.praxis.content.markdown.GlossaryLinker;
import io.praxis.content.markdown.MarkdownRenderer;
import io.praxis.content.plan.AutoCompletion;
import io.praxis.content.plan.PlanPhase;
import io.praxis.content.plan.PlanTask;
import io.praxis.content.plan.PlanTemplate;
import io.praxis.content.plan.PlanWeek;
import io.praxis.content.practice.AntiIndicator;
import io.praxis.content.practice.CaseKind;
import io.praxis.content.practice.CaseStudy;
import io.praxis.content.practice.Concept;
import io.praxis.content.practice.Criterion;
import io.praxis.content.practice.Difficulty;
import io.praxis.content.practice.Question;
import io.praxis.content.practice.QuestionCategory;
import io.praxis.content.practice.Rubric;
import io.praxis.content.source.ClasspathContentSource;
import io.praxis.content.source.ContentSource;
import io.praxis.content.validation.ContentValidationException;
import io.praxis.content.validation.Problems;
import io.praxis.content.validation.YamlValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Reads, validates and renders all content, or reports every problem at once.
 *
 * <p>Each file is checked against its JSON Schema (types, required fields, lengths), then
 * the loader checks what a schema cannot: ids unique per kind, every cross-link pointing at
 * something that exists, lessons living in their module's folder with the required sections
 * and 600-1,500 words, rubric thresholds in order, the 90-day plan's weeks in order with
 * unique task ids. Problems carry file, line and column.
 * Lesson Markdown is rendered once here so that no request ever renders it again.
 */
public final class CurriculumLoader {

    /** Words a lesson body must have, inclusive. */
    public static final int MIN_LESSON_WORDS = 600;
    public static final int MAX_LESSON_WORDS = 1500;

    /** Headings (their start) every lesson must have. */
    public static final List<String> REQUIRED_HEADINGS = List.of("Worked example", "Common mistakes",
            "In the interview", "Key takeaways");

    private final ContentSource source;
    private final YamlValidator validator = new YamlValidator();
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    public CurriculumLoader(ContentSource source) {
        this.source = source;
    }

    /** Loads the content bundled on the class path. */
    public static Curriculum loadBundled() {
        return new CurriculumLoader(new ClasspathContentSource()).load();
    }

    /**
     * Loads everything.
     *
     * @throws ContentValidationException listing every problem when anything is invalid
     */
    public Curriculum load() {
        Problems problems = new Problems();
        List<String> files = source.list();

        List<Source> sources = loadSources(files, problems);
        List<Module> modules = loadModules(files, problems);
        List<GlossaryTerm> glossary = loadGlossary(files, problems);
        List<CaseStudy> cases = new ArrayList<>();
        List<Rubric> rubrics = new ArrayList<>();
        Map<String, JsonNode> caseNodes = new LinkedHashMap<>();
        loadCases(files, problems, cases, rubrics, caseNodes);
        List<Question> questions = new ArrayList<>();
        Map<String, JsonNode> questionNodes = new LinkedHashMap<>();
        loadQuestions(files, problems, questions, questionNodes);

        GlossaryLinker linker = new GlossaryLinker(glossary.stream()
                .flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t.plainTerm()),
                        t.aliases().stream()).map(n -> new GlossaryLinker.Name(n, t.id())))
                .toList());
        Map<String, JsonNode> lessonNodes = new LinkedHashMap<>();
        List<Lesson> lessons = loadLessons(files, problems, linker, lessonNodes);

        Map<String, String> gold = new LinkedHashMap<>();
        files.stream().filter(f -> f.startsWith("gold/") && f.endsWith(".jsonl")).forEach(f -> gold.put(
                f.substring("gold/".length(), f.length() - ".jsonl".length()), source.readUnchecked(f)));

        checkLinks(problems, sources, modules, glossary, cases, questions, lessons, lessonNodes, caseNodes,
                questionNodes, rubrics);
        PlanTemplate plan = loadPlan(files, problems, modules, lessons, cases);
        problems.throwIfAny();
        return new Curriculum(modules, lessons, glossary, sources, cases, questions, rubrics, gold, plan);
    }

    // ---- sources, modules, glossary ---------------------------------------------------------

    private List<Source> loadSources(List<String> files, Problems problems) {
        List<Source> out = new ArrayList<>();
        if (!files.contains("sources.yaml")) {
            problems.add(source.describe("sources.yaml"), 0, 0, "the sources file is missing");
            return out;
        }
        String file = source.describe("sources.yaml");
        validator.parse(source.readUnchecked("sources.yaml"), "sources.schema.json", file, 0, problems)
                .ifPresent(root -> {
                    Set<String> seen = new HashSet<>();
                    for (JsonNode s : root.path("sources")) {
                        String id = s.path("id").asString("");
                        if (!seen.add(id)) {
                            problems.at(file, 0, s, "duplicate source id '" + id + "'");
                        }
                        out.add(new Source(id, s.path("title").asString(""),
                                s.hasNonNull("author") ? s.get("author").asString() : null,
                                s.hasNonNull("year") ? s.get("year").asInt() : null));
                    }
                });
        return out;
    }

    private List<Module> loadModules(List<String> files, Problems problems) {
        List<Module> out = new ArrayList<>();
        Set<Integer> orders = new HashSet<>();
        for (String path : files) {
            if (!path.startsWith("modules/") || !path.endsWith(".yaml")) {
                continue;
            }
            String file = source.describe(path);
            validator.parse(source.readUnchecked(path), "module.schema.json", file, 0, problems).ifPresent(n -> {
                String id = n.path("id").asString("");
                String expected = path.substring("modules/".length(), path.length() - ".yaml".length());
                if (!id.equals(expected)) {
                    problems.at(file, 0, n.get("id"), "module id '" + id + "' must match the file name '"
                            + expected + ".yaml'");
                }
                int order = n.path("order").asInt();
                if (!orders.add(order)) {
                    problems.at(file, 0, n.get("order"), "another module already has order " + order);
                }
                out.add(new Module(id, n.path("title").asString(""), order, n.path("summary").asString(""),
                        n.path("description").asString("").strip()));
            });
        }
        if (out.isEmpty()) {
            problems.add(source.describe("modules/"), 0, 0, "no module files found");
        }
        return out;
    }

    private List<GlossaryTerm> loadGlossary(List<String> files, Problems problems) {
        List<GlossaryTerm> out = new ArrayList<>();
        if (!files.contains("glossary.yaml")) {
            problems.add(source.describe("glossary.yaml"), 0, 0, "the glossary file is missing");
            return out;
        }
        String file = source.describe("glossary.yaml");
        validator.parse(source.readUnchecked("glossary.yaml"), "glossary.schema.json", file, 0, problems)
                .ifPresent(root -> {
                    Set<String> ids = new HashSet<>();
                    Map<String, String> names = new HashMap<>();
                    for (JsonNode t : root.path("terms")) {
                        String id = t.path("id").asString("");
                        if (!ids.add(id)) {
                            problems.at(file, 0, t, "duplicate glossary id '" + id + "'");
                        }
                        GlossaryTerm term = new GlossaryTerm(id, t.path("term").asString(""),
                                strings(t.path("aliases")), t.path("definition").asString("").strip(),
                                strings(t.path("lessons")));
                        for (String name : concat(term.plainTerm(), term.aliases())) {
                            String previous = names.putIfAbsent(name.toLowerCase(), id);
                            if (previous != null && !previous.equals(id)) {
                                problems.at(file, 0, t, "the name '" + name + "' already belongs to term '"
                                        + previous + "'");
                            }
                        }
                        out.add(term);
                    }
                });
        return out;
    }

    // ---- cases, rubrics, questions ------------------------------------------------------------

    private void loadCases(List<String> files, Problems problems, List<CaseStudy> cases, List<Rubric> rubrics,
            Map<String, JsonNode> nodes) {
        for (String path : files) {
            if (path.startsWith("cases/") && path.endsWith(".yaml")) {
                String file = source.describe(path);
                validator.parse(source.readUnchecked(path), "case.schema.json", file, 0, problems).ifPresent(n -> {
                    String id = n.path("id").asString("");
                    String expected = path.substring("cases/".length(), path.length() - ".yaml".length());
                    if (!id.equals(expected)) {
                        problems.at(file, 0, n.get("id"), "case id '" + id + "' must match the file name '"
                                + expected + ".yaml'");
                    }
                    if (nodes.put(id, n) != null) {
                        problems.at(file, 0, n.get("id"), "duplicate case id '" + id + "'");
                    }
                    Rubric rubric = rubric(id, n.path("title").asString(""), n.path("rubric"), file, problems);
                    rubrics.add(rubric);
                    cases.add(new CaseStudy(id, n.path("title").asString(""), CaseKind.of(n.path("kind").asString()),
                            Difficulty.of(n.path("difficulty").asString()), n.path("minutes").asInt(),
                            strings(n.path("lessons")), n.path("prompt").asString("").strip(),
                            n.path("context").asString("").strip(), n.path("model_answer").asString("").strip(),
                            rubric));
                });
            } else if (path.startsWith("rubrics/") && path.endsWith(".yaml")) {
                String file = source.describe(path);
                validator.parse(source.readUnchecked(path), "standalone-rubric.schema.json", file, 0, problems)
                        .ifPresent(n -> {
                            String id = n.path("id").asString("");
                            nodes.put("rubric:" + id, n);
                            rubrics.add(rubric(id, n.path("title").asString(""), n.path("rubric"), file, problems));
                        });
            }
        }
    }

    private Rubric rubric(String id, String title, JsonNode node, String file, Problems problems) {
        List<Criterion> criteria = new ArrayList<>();
        Set<String> criterionIds = new HashSet<>();
        for (JsonNode c : node.path("criteria")) {
            String cid = c.path("id").asString("");
            if (!criterionIds.add(cid)) {
                problems.at(file, 0, c, "duplicate criterion id '" + cid + "'");
            }
            List<Integer> thresholds = new ArrayList<>();
            c.path("thresholds").forEach(t -> thresholds.add(t.asInt()));
            if (thresholds.isEmpty()) {
                thresholds.addAll(List.of(1, 2, 3));
            }
            if (thresholds.size() == 3 && (thresholds.get(0) > thresholds.get(1) || thresholds.get(1) > thresholds.get(2))) {
                problems.at(file, 0, c.get("thresholds"), "thresholds must not decrease: " + thresholds);
            }
            List<Concept> concepts = new ArrayList<>();
            Set<String> conceptIds = new HashSet<>();
            for (JsonNode k : c.path("concepts")) {
                String kid = k.path("id").asString("");
                if (!conceptIds.add(kid)) {
                    problems.at(file, 0, k, "duplicate concept id '" + kid + "' in criterion '" + cid + "'");
                }
                concepts.add(new Concept(kid, k.path("label").asString(""), strings(k.path("phrases"))));
            }
            if (thresholds.size() == 3 && thresholds.get(2) > concepts.size()) {
                problems.at(file, 0, c.get("thresholds"), "criterion '" + cid + "' needs " + thresholds.get(2)
                        + " concepts for level 3 but defines only " + concepts.size());
            }
            List<AntiIndicator> anti = new ArrayList<>();
            for (JsonNode a : c.path("anti")) {
                anti.add(new AntiIndicator(strings(a.path("phrases")),
                        a.hasNonNull("note") ? a.get("note").asString() : null));
            }
            JsonNode levels = c.path("levels");
            List<String> descriptors = List.of(levels.path("0").asString(""), levels.path("1").asString(""),
                    levels.path("2").asString(""), levels.path("3").asString(""));
            if (thresholds.size() == 3) {
                criteria.add(new Criterion(cid, c.path("title").asString(""), c.path("weight").asInt(),
                        strings(c.path("lessons")), descriptors, thresholds, concepts, strings(c.path("exemplars")),
                        anti));
            }
        }
        return new Rubric(id, title, node.path("version").asInt(1), criteria);
    }

    private void loadQuestions(List<String> files, Problems problems, List<Question> out,
            Map<String, JsonNode> nodes) {
        for (String path : files) {
            if (!path.startsWith("questions/") || !path.endsWith(".yaml")) {
                continue;
            }
            String file = source.describe(path);
            validator.parse(source.readUnchecked(path), "questions.schema.json", file, 0, problems).ifPresent(root -> {
                QuestionCategory category = QuestionCategory.of(root.path("category").asString());
                for (JsonNode q : root.path("questions")) {
                    String id = q.path("id").asString("");
                    if (nodes.put(id, q) != null) {
                        problems.at(file, 0, q.get("id"), "duplicate question id '" + id + "'");
                    }
                    out.add(new Question(id, category, q.path("question").asString("").strip(),
                            Difficulty.of(q.path("difficulty").asString()), q.path("minutes").asInt(),
                            strings(q.path("strong_answer")), q.path("pitfall").asString("").strip(),
                            strings(q.path("lessons")), q.hasNonNull("case") ? q.get("case").asString() : null));
                    nodes.put("file:" + id, textNode(file));
                }
            });
        }
    }

    // ---- lessons ------------------------------------------------------------------------------

    private List<Lesson> loadLessons(List<String> files, Problems problems, GlossaryLinker linker,
            Map<String, JsonNode> nodes) {
        List<Lesson> out = new ArrayList<>();
        Map<String, Set<Integer>> ordersByModule = new HashMap<>();
        for (String path : files) {
            if (!path.startsWith("lessons/") || !path.endsWith(".md")) {
                continue;
            }
            String file = source.describe(path);
            String text = source.readUnchecked(path).replace("\r\n", "\n");
            List<String> lines = text.lines().toList();
            if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
                problems.add(file, 1, 1, "a lesson must start with front matter: a line '---', YAML, and '---'");
                continue;
            }
            int end = -1;
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                problems.add(file, 1, 1, "the front matter is not closed with a line '---'");
                continue;
            }
            String yaml = String.join("\n", lines.subList(1, end));
            String body = String.join("\n", lines.subList(end + 1, lines.size()));
            int bodyLine = end + 2;
            Optional<JsonNode> parsed = validator.parse(yaml, "lesson.schema.json", file, 1, problems);
            if (parsed.isEmpty()) {
                continue;
            }
            JsonNode n = parsed.get();
            String id = n.path("id").asString("");
            String moduleId = n.path("module").asString("");
            String[] parts = path.split("/");
            if (parts.length != 3 || !parts[1].equals(moduleId)) {
                problems.at(file, 1, n.get("module"), "the lesson's module '" + moduleId
                        + "' must match its folder lessons/" + (parts.length > 1 ? parts[1] : "?") + "/");
            }
            if (nodes.put(id, n) != null) {
                problems.at(file, 1, n.get("id"), "duplicate lesson id '" + id + "'");
            }
            nodes.put("file:" + id, textNode(file));
            int order = n.path("order").asInt();
            if (!ordersByModule.computeIfAbsent(moduleId, k -> new HashSet<>()).add(order)) {
                problems.at(file, 1, n.get("order"), "another lesson of module '" + moduleId + "' has order " + order);
            }
            checkBody(body, bodyLine, file, problems);
            MarkdownRenderer.Rendered rendered = renderer.render(body, linker, Links::glossaryTerm);
            JsonNode related = n.path("related");
            out.add(new Lesson(id, moduleId, n.path("title").asString(""), order, n.path("summary").asString(""),
                    strings(n.path("objectives")), n.path("minutes").asInt(), strings(related.path("lessons")),
                    strings(related.path("cases")), strings(related.path("calculators")), strings(n.path("sources")),
                    rendered.html(), rendered.sections(), rendered.wordCount()));
        }
        return out;
    }

    private static void checkBody(String body, int bodyLine, String file, Problems problems) {
        int words = MarkdownRenderer.countWords(body);
        if (words < MIN_LESSON_WORDS || words > MAX_LESSON_WORDS) {
            problems.add(file, bodyLine, 1, "the lesson body has " + words + " words; it must have "
                    + MIN_LESSON_WORDS + " to " + MAX_LESSON_WORDS);
        }
        List<String> headings = body.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3).strip())
                .toList();
        for (String required : REQUIRED_HEADINGS) {
            if (headings.stream().noneMatch(h -> h.startsWith(required))) {
                problems.add(file, bodyLine, 1, "the lesson has no '## " + required + "' section");
            }
        }
        int line = bodyLine;
        for (String l : body.lines().toList()) {
            if (l.matches("(?i).*<\\s*(script|iframe|style)\\b.*")) {
                problems.add(file, line, 1, "raw HTML is not allowed in lessons");
            }
            line++;
        }
    }

    // ---- the 90-day plan -------------------------------------------------------------------------

    /** The plan file; optional, so that small content trees (tests, drafts) need not have one. */
    static final String PLAN_FILE = "plan.yaml";

    private PlanTemplate loadPlan(List<String> files, Problems problems, List<Module> modules, List<Lesson> lessons,
            List<CaseStudy> cases) {
        if (!files.contains(PLAN_FILE)) {
            return PlanTemplate.EMPTY;
        }
        String file = source.describe(PLAN_FILE);
        Optional<JsonNode> parsed = validator.parse(source.readUnchecked(PLAN_FILE), "plan.schema.json", file, 0,
                problems);
        if (parsed.isEmpty()) {
            return PlanTemplate.EMPTY;
        }
        JsonNode root = parsed.get();
        Set<String> moduleIds = ids(modules, Module::id);
        Set<String> lessonIds = ids(lessons, Lesson::id);
        Set<String> caseIds = ids(cases, CaseStudy::id);
        Set<String> modulesWithLessons = new HashSet<>();
        lessons.forEach(l -> modulesWithLessons.add(l.moduleId()));

        List<PlanWeek> weeks = new ArrayList<>();
        Set<String> taskIds = new HashSet<>();
        PlanPhase previousPhase = PlanPhase.FOUNDATIONS;
        int position = 0;
        for (JsonNode w : root.path("weeks")) {
            position++;
            int number = w.path("week").asInt();
            if (number != position) {
                problems.at(file, 0, w.get("week"), "weeks must be listed in order 1 to " + PlanTemplate.WEEKS
                        + ": week " + number + " is at position " + position);
            }
            PlanPhase phase = PlanPhase.of(w.path("phase").asString());
            if (phase.compareTo(previousPhase) < 0) {
                problems.at(file, 0, w.get("phase"), "week " + number + " is in phase '" + phase.id()
                        + "' after a week in phase '" + previousPhase.id() + "': phases must not go back");
            }
            previousPhase = phase;
            List<PlanTask> tasks = new ArrayList<>();
            for (JsonNode t : w.path("tasks")) {
                String id = t.path("id").asString("");
                if (!taskIds.add(id)) {
                    problems.at(file, 0, t.get("id"), "duplicate plan task id '" + id + "'");
                }
                checkAll(problems, file, 0, t.path("modules"), moduleIds::contains, "module");
                checkAll(problems, file, 0, t.path("lessons"), lessonIds::contains, "lesson");
                checkAll(problems, file, 0, t.path("cases"), caseIds::contains, "case");
                checkAll(problems, file, 0, t.path("calculators"), Calculators::exists, "calculator");
                AutoCompletion auto = auto(file, problems, t, moduleIds, lessonIds, caseIds, modulesWithLessons);
                tasks.add(new PlanTask(id, number, t.path("title").asString("").strip(),
                        t.path("description").asString("").strip(), strings(t.path("modules")),
                        strings(t.path("lessons")), strings(t.path("cases")), strings(t.path("calculators")), auto));
            }
            weeks.add(new PlanWeek(number, phase, w.path("title").asString("").strip(),
                    w.path("goal").asString("").strip(), tasks));
        }
        return new PlanTemplate(root.path("title").asString("").strip(), weeks);
    }

    /**
     * The task's auto-completion rule, checked: the target must exist, must also be among the
     * task's links (so the learner can reach the work that ticks it), and a module must have
     * lessons (an empty module would tick the task before anything was done).
     */
    private static AutoCompletion auto(String file, Problems problems, JsonNode task, Set<String> moduleIds,
            Set<String> lessonIds, Set<String> caseIds, Set<String> modulesWithLessons) {
        JsonNode auto = task.path("auto");
        if (!auto.isObject()) {
            return null;
        }
        for (AutoCompletion.Kind kind : AutoCompletion.Kind.values()) {
            JsonNode target = auto.get(kind.key());
            if (target == null) {
                continue;
            }
            String id = target.asString("");
            Set<String> known = switch (kind) {
                case MODULE -> moduleIds;
                case LESSON -> lessonIds;
                case CASE -> caseIds;
            };
            String linksKey = kind.key() + "s";
            if (!known.contains(id)) {
                problems.at(file, 0, target, "unknown " + kind.key() + " id '" + id + "'");
            } else if (strings(task.path(linksKey)).stream().noneMatch(id::equals)) {
                problems.at(file, 0, target, "the task completes itself by " + kind.key() + " '" + id
                        + "', so it must also list it under '" + linksKey + "'");
            } else if (kind == AutoCompletion.Kind.MODULE && !modulesWithLessons.contains(id)) {
                problems.at(file, 0, target, "module '" + id + "' has no lessons, so the task would complete "
                        + "before anything was done");
            }
            return new AutoCompletion(kind, id);
        }
        return null;
    }

    // ---- cross-links ---------------------------------------------------------------------------

    private void checkLinks(Problems problems, List<Source> sources, List<Module> modules,
            List<GlossaryTerm> glossary, List<CaseStudy> cases, List<Question> questions, List<Lesson> lessons,
            Map<String, JsonNode> lessonNodes, Map<String, JsonNode> caseNodes, Map<String, JsonNode> questionNodes,
            List<Rubric> rubrics) {
        Set<String> sourceIds = ids(sources, Source::id);
        Set<String> moduleIds = ids(modules, Module::id);
        Set<String> lessonIds = ids(lessons, Lesson::id);
        Set<String> caseIds = ids(cases, CaseStudy::id);

        for (Lesson lesson : lessons) {
            JsonNode n = lessonNodes.get(lesson.id());
            String file = lessonNodes.get("file:" + lesson.id()).asString();
            check(problems, file, 1, n.path("module"), moduleIds::contains, "module");
            checkAll(problems, file, 1, n.path("sources"), sourceIds::contains, "source");
            checkAll(problems, file, 1, n.path("related").path("lessons"), lessonIds::contains, "lesson");
            checkAll(problems, file, 1, n.path("related").path("cases"), caseIds::contains, "case");
            checkAll(problems, file, 1, n.path("related").path("calculators"), Calculators::exists, "calculator");
            if (lesson.relatedLessons().contains(lesson.id())) {
                problems.at(file, 1, n.path("related").path("lessons"), "a lesson must not list itself as related");
            }
        }
        String glossaryFile = source.describe("glossary.yaml");
        for (GlossaryTerm term : glossary) {
            for (String l : term.lessons()) {
                if (!lessonIds.contains(l)) {
                    problems.add(glossaryFile, 0, 0, "term '" + term.id() + "' names unknown lesson '" + l + "'");
                }
            }
        }
        for (CaseStudy c : cases) {
            JsonNode n = caseNodes.get(c.id());
            String file = source.describe("cases/" + c.id() + ".yaml");
            checkAll(problems, file, 0, n.path("lessons"), lessonIds::contains, "lesson");
            for (JsonNode criterion : n.path("rubric").path("criteria")) {
                checkAll(problems, file, 0, criterion.path("lessons"), lessonIds::contains, "lesson");
            }
        }
        for (var entry : caseNodes.entrySet()) {
            if (entry.getKey().startsWith("rubric:")) {
                String file = source.describe("rubrics/" + entry.getKey().substring(7) + ".yaml");
                for (JsonNode criterion : entry.getValue().path("rubric").path("criteria")) {
                    checkAll(problems, file, 0, criterion.path("lessons"), lessonIds::contains, "lesson");
                }
            }
        }
        for (Question q : questions) {
            JsonNode n = questionNodes.get(q.id());
            String file = questionNodes.get("file:" + q.id()).asString();
            checkAll(problems, file, 0, n.path("lessons"), lessonIds::contains, "lesson");
            if (q.caseId() != null) {
                check(problems, file, 0, n.path("case"), caseIds::contains, "case");
            }
        }
        if (!questions.isEmpty() && rubrics.stream().noneMatch(r -> r.id().equals(Curriculum.STRUCTURED_ANSWER))) {
            problems.add(source.describe("rubrics/" + Curriculum.STRUCTURED_ANSWER + ".yaml"), 0, 0,
                    "questions need the structured-answer rubric, which is missing");
        }
    }

    private static void checkAll(Problems problems, String file, int offset, JsonNode array, Predicate<String> exists,
            String kind) {
        array.forEach(item -> check(problems, file, offset, item, exists, kind));
    }

    private static void check(Problems problems, String file, int offset, JsonNode item, Predicate<String> exists,
            String kind) {
        if (item.isString() && !exists.test(item.asString())) {
            problems.at(file, offset, item, "unknown " + kind + " id '" + item.asString() + "'");
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static <T> Set<String> ids(List<T> items, java.util.function.Function<T, String> id) {
        Set<String> out = new HashSet<>();
        items.forEach(i -> out.add(id.apply(i)));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString("").strip()));
        return out;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private static JsonNode textNode(String text) {
        return tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(text);
    }
}
