package io.praxis.scoring.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The small word lists the grader's heuristics use, all on lower-cased surface forms.
 *
 * <ul>
 * <li>{@link #STOP_WORDS}: function words left out of off-topic shares and exemplar similarity.
 * <li>{@link #isNegationCue}: words that negate a concept found up to four words after them in
 *     the same clause ("we would <b>not</b> ask for consent"). "not only", "no more than" and
 *     similar are not negations.
 * <li>{@link #isVerbLike}: the "says something" test. A token is verb-like when it is an
 *     auxiliary, a modal or a contraction of one (is, will, we'd, don't), one of about 170 common
 *     verbs in any regular or listed irregular form (use, used, uses, using; built), any other word
 *     of five letters or more ending in -ed or -ing (stored, matching), or the word right after a
 *     subject pronoun ("we <b>throttle</b> them"). Deliberately simple: it only has
 *     to tell a sentence from a heading or a bare list of nouns.
 * <li>{@code grading/common-words.txt}: about 2,000 frequent English words, which together with
 *     the curriculum's own vocabulary decide whether text is made of real words.
 * </ul>
 */
final class Lexicon {

    static final Set<String> STOP_WORDS = set("a", "an", "the", "and", "or", "but", "if", "then", "else", "of",
            "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "onto", "over", "under", "about",
            "than", "so", "that", "this", "these", "those", "there", "here", "it", "its", "it's", "is", "are",
            "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "having",
            "will", "would", "can", "could", "should", "shall", "may", "might", "must", "i", "me", "my", "we", "us",
            "our", "you", "your", "they", "them", "their", "he", "him", "his", "she", "her", "who", "whom",
            "whose", "which", "what", "when", "where", "why", "how", "all", "any", "each", "every", "some", "such",
            "no", "not", "nor", "only", "own", "same", "too", "very", "just", "also", "both", "either", "neither",
            "more", "most", "much", "many", "other", "another", "one", "up", "down", "out", "off", "again",
            "once", "i'd", "i'll", "i'm", "i've", "we'd", "we'll", "we're", "we've", "they're", "they'd",
            "that's", "don't", "because", "while", "until", "though", "although", "whether", "via", "per",
            "like", "get", "got", "really", "actually", "basically", "well", "even", "still", "yet", "let",
            "make", "first", "then", "etc", "e.g", "i.e", "s", "t", "d", "ll", "re", "ve");

    private static final Set<String> NEGATION_CUES = set("not", "no", "never", "without", "don't", "doesn't",
            "didn't", "won't", "wouldn't", "shouldn't", "can't", "cannot", "couldn't", "isn't", "aren't", "wasn't",
            "weren't", "haven't", "hasn't", "hadn't", "mustn't", "needn't", "nor", "neither", "refuse", "refuses",
            "refused", "refusing", "skip", "skips", "skipped", "skipping", "nobody", "none", "nothing", "instead");

    /** Words after "not"/"no" that make it something other than a negation of what follows. */
    private static final Set<String> NOT_A_NEGATION_AFTER = set("only", "just", "merely", "simply", "more",
            "less", "fewer", "longer", "matter", "later", "least", "until", "doubt");

    private static final Set<String> AUXILIARIES = set("is", "are", "was", "were", "be", "been", "being", "am",
            "has", "have", "had", "do", "does", "did", "done", "will", "would", "can", "could", "should", "shall",
            "may", "might", "must", "cannot", "let's", "need", "needs", "get", "gets", "got", "goes", "went", "gone");

    private static final Set<String> SUBJECTS = set("i", "we", "you", "they", "he", "she", "it", "who",
            "people", "users", "nobody", "everyone", "someone");

    private static final List<String> VERBS = List.of("say", "go", "make", "know", "think", "take", "see",
            "come", "want", "look", "use", "find", "give", "tell", "work", "call", "try", "ask", "feel", "become",
            "leave", "put", "mean", "keep", "let", "begin", "seem", "help", "show", "hear", "run", "move", "live",
            "believe", "bring", "happen", "write", "provide", "stand", "lose", "pay", "meet", "include",
            "continue", "set", "learn", "change", "lead", "understand", "watch", "follow", "stop", "create",
            "speak", "read", "allow", "add", "spend", "grow", "open", "win", "offer", "remember", "consider",
            "appear", "buy", "wait", "serve", "send", "expect", "build", "stay", "fall", "cut", "reach", "remain",
            "suggest", "raise", "pass", "sell", "require", "report", "decide", "pull", "explain", "hope",
            "develop", "carry", "break", "receive", "agree", "support", "produce", "cover", "catch", "choose",
            "cause", "realise", "realize", "involve", "increase", "reduce", "measure", "track", "train", "deploy",
            "launch", "ship", "test", "label", "flag", "block", "filter", "score", "rank", "predict", "detect",
            "review", "monitor", "check", "compare", "start", "ensure", "protect", "collect", "store", "delete",
            "share", "limit", "prevent", "avoid", "handle", "tune", "pick", "drop", "rely", "depend", "matter",
            "cost", "fix", "improve", "define", "estimate", "evaluate", "roll", "scale", "accept", "reject",
            "apply", "hold", "hide", "warn", "notify", "escalate", "audit", "retrain", "ramp", "focus", "frame",
            "map", "target", "route", "answer", "ignore", "treat", "rate", "slice", "log", "capture", "prefer",
            "favour", "favor", "optimise", "optimize", "balance", "trade", "adapt", "evade", "appeal", "publish",
            "guarantee", "verify", "identify", "calibrate", "fail", "miss", "land", "hurt", "harm", "lower",
            "gather", "sample", "refresh", "replace", "retire", "pause", "disable", "enable", "encrypt", "tell",
            "drive", "mislead", "matter", "exceed", "beat", "plan", "prioritise", "prioritize", "own", "assume",
            "clarify", "summarise", "summarize");

    private static final Set<String> IRREGULAR = set("said", "made", "knew", "known", "thought", "took", "taken",
            "saw", "seen", "came", "gave", "given", "told", "found", "felt", "became", "left", "meant", "kept",
            "began", "begun", "shown", "heard", "ran", "brought", "wrote", "written", "paid", "met", "lost", "led",
            "understood", "spent", "grew", "grown", "won", "bought", "sent", "built", "fell", "fallen", "caught",
            "chose", "chosen", "broke", "broken", "held", "hid", "hidden", "sold", "stood", "misled", "drove",
            "driven", "sat", "beaten", "shut", "went");

    private static final Set<String> VERB_FORMS = verbForms();

    private static final String COMMON_WORDS = "grading/common-words.txt";

    private Lexicon() {
    }

    /** A set that tolerates duplicates in the source list (the lists are edited by hand). */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static boolean isStopWord(String surface) {
        return STOP_WORDS.contains(surface);
    }

    /**
     * Whether {@code tokens[i]} negates what follows it: a cue word, unless it is "not"/"no"
     * followed by a word such as "only" or "more" ("not only", "no more than").
     */
    static boolean isNegationCue(List<Token> tokens, int i) {
        String s = tokens.get(i).surface();
        if (!NEGATION_CUES.contains(s) && !s.endsWith("n't")) {
            return false;
        }
        return i + 1 >= tokens.size() || !NOT_A_NEGATION_AFTER.contains(tokens.get(i + 1).surface());
    }

    /** Whether {@code tokens[i]} looks like a verb (see the class comment). */
    static boolean isVerbLike(List<Token> tokens, int from, int i) {
        String s = tokens.get(i).surface();
        if (AUXILIARIES.contains(s) || VERB_FORMS.contains(s) || IRREGULAR.contains(s)) {
            return true;
        }
        int apostrophe = s.indexOf('\'');
        if (apostrophe > 0) {
            String tail = s.substring(apostrophe + 1);
            if (tail.equals("d") || tail.equals("ll") || tail.equals("re") || tail.equals("ve") || tail.equals("m")
                    || tail.equals("t") || (tail.equals("s") && SUBJECT_CONTRACTIONS.contains(s))) {
                return true;
            }
        }
        if (s.length() >= 5 && (s.endsWith("ed") || s.endsWith("ing")) && !NOT_VERBS.contains(s)) {
            return true;
        }
        return i > from && SUBJECTS.contains(tokens.get(i - 1).surface());
    }

    /** Common words ending in -ed or -ing that are not verb forms. */
    private static final Set<String> NOT_VERBS = set("during", "nothing", "something", "anything", "everything",
            "thing", "things", "morning", "evening", "ceiling", "king", "ring", "spring", "string", "wing", "bring",
            "feed", "need", "speed", "seed", "bed", "red", "hundred", "breed", "greed", "indeed", "shed");

    private static final Set<String> SUBJECT_CONTRACTIONS = set("it's", "that's", "there's", "what's", "here's",
            "he's", "she's", "who's", "let's");

    /** The bundled list of common English words, lower case. */
    static List<String> commonWords() {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(COMMON_WORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_WORDS + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .flatMap(l -> java.util.Arrays.stream(l.split("\\s+")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMON_WORDS, e);
        }
    }

    private static Set<String> verbForms() {
        Set<String> out = new HashSet<>();
        for (String v : VERBS) {
            out.add(v);
            out.add(v + "s");
            out.add(v + "es");
            out.add(v + "ed");
            out.add(v + "ing");
            if (v.endsWith("e")) {
                String stem = v.substring(0, v.length() - 1);
                out.add(v + "d");
                out.add(stem + "ing");
            }
            if (v.endsWith("y") && v.length() > 2 && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0) {
                String stem = v.substring(0, v.length() - 1);
                out.add(stem + "ies");
                out.add(stem + "ied");
            }
            char last = v.charAt(v.length() - 1);
            if ("bdglmnprt".indexOf(last) >= 0) {
                out.add(v + last + "ed");
                out.add(v + last + "ing");
            }
        }
        return Set.copyOf(out);
    }
}
