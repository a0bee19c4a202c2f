package io.praxis.content.search;

import io.praxis.content.Curriculum;
import io.praxis.content.Links;
import io.praxis.content.lesson.GlossaryTerm;
import io.praxis.content.lesson.Lesson;
import io.praxis.content.lesson.Section;
import io.praxis.content.practice.CaseStudy;
import io.praxis.content.practice.Question;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * The full-text index of the curriculum, built once in memory at start-up and read through a
 * {@link SearcherManager}.
 *
 * <p>One document per lesson section (so a hit can deep-link to its heading), glossary term,
 * case and interview question. Matching is stemmed English with domain synonyms on the query
 * side; title matches weigh 3×, headings 2×, body 1×, and an exact phrase in the body adds
 * 1.5×. A word that is in no document is replaced by the closest word that is (a spell
 * checker on the unstemmed field), and the response says so. User text is never parsed as
 * query syntax, so quotes, brackets and operators are just characters.
 */
public final class SearchIndex implements Closeable {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String MODULE = "module";
    static final String TITLE = "title";
    static final String HEADING = "heading";
    static final String BODY = "body";
    static final String SPELL = "spell";
    static final String URL = "url";
    static final String GROUP = "group";
    static final String DISPLAY = "display";

    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    /** Score factor for lesson sections over glossary entries, cases and questions. */
    static final float LESSON_BOOST = 1.6f;

    /** Top documents fetched per requested hit, leaving room for the per-lesson grouping. */
    private static final int CANDIDATES_PER_HIT = 4;

    /** Hits kept per lesson, so one long lesson cannot fill the page. */
    private static final int HITS_PER_GROUP = 2;

    private final PraxisAnalyzers analyzers;
    private final Analyzer queryAnalyzer;
    private final Analyzer surface = PraxisAnalyzers.surface();
    /** One buffer per file: the default many-buffer layout makes every postings or stored-fields
     * clone copy a list of buffers, which dominated query time. */
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
            ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final SearcherManager searchers;
    private final SortedSetDocValuesReaderState facetState;
    private final AnalyzingInfixSuggester suggester;
    /** Spell checkers within one and within two edits: most typos are one edit (a transposition
     * counts as one), and the one-edit automaton costs a fraction of the two-edit one. */
    private final DirectSpellChecker oneEdit = spellChecker(1);
    private final DirectSpellChecker twoEdits = spellChecker(2);
    private final Map<String, String> moduleTitles = new HashMap<>();
    private final UnifiedHighlighter highlighter;
    private final int documents;
    /** What a hit shows, by Lucene doc id: read once, so a query decompresses no stored fields. */
    private final Entry[] entries;
    /** The reader whose doc ids {@link #entries} uses; searching any other would show wrong hits. */
    private final org.apache.lucene.index.IndexReader entriesReader;

    private SearchIndex(Curriculum curriculum, PraxisAnalyzers analyzers) throws IOException {
        this.analyzers = analyzers;
        this.queryAnalyzer = analyzers.query();
        Analyzer indexAnalyzer = new PerFieldAnalyzerWrapper(analyzers.index(), Map.of(SPELL, surface));
        curriculum.modules().forEach(m -> moduleTitles.put(m.id(), m.title()));
        int count = 0;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
            for (Document doc : documents(curriculum)) {
                writer.addDocument(facetsConfig.build(doc));
                count++;
            }
        }
        this.documents = count;
        this.searchers = new SearcherManager(directory, null);
        IndexSearcher searcher = searchers.acquire();
        try {
            this.facetState = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig);
            this.entries = entries(searcher);
            this.entriesReader = searcher.getIndexReader();
            this.highlighter = newHighlighter(searcher);
        } finally {
            searchers.release(searcher);
        }
        this.suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), surface, surface, 2, false);
        buildSuggestions(curriculum);
    }

    /** Builds the index of a curriculum (about a second for the full content on 2 cores). */
    public static SearchIndex build(Curriculum curriculum, PraxisAnalyzers analyzers) {
        try {
            return new SearchIndex(curriculum, analyzers);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the search index", e);
        }
    }

    public int documentCount() {
        return documents;
    }

    // ---- indexing ------------------------------------------------------------------------------

    private List<Document> documents(Curriculum c) {
        List<Document> docs = new ArrayList<>();
        for (Lesson lesson : c.lessons()) {
            for (Section s : lesson.sections()) {
                boolean intro = s.anchor().isEmpty();
                String heading = intro ? "" : s.title();
                String display = intro ? lesson.title() : lesson.title() + " › " + s.title();
                String body = intro ? lesson.summary() + "\n" + s.text() : s.text();
                docs.add(doc(lesson.id() + (intro ? "" : "#" + s.anchor()), DocType.LESSON, lesson.moduleId(),
                        lesson.title(), heading, body, Links.lessonSection(lesson.id(), s.anchor()), lesson.id(),
                        display));
            }
        }
        for (GlossaryTerm t : c.glossary()) {
            String names = t.term() + (t.aliases().isEmpty() ? "" : " " + String.join(" ", t.aliases()));
            docs.add(doc(t.id(), DocType.GLOSSARY, null, names, "", t.definition(), Links.glossaryTerm(t.id()),
                    "glossary:" + t.id(), t.term()));
        }
        for (CaseStudy k : c.cases()) {
            String module = k.lessons().isEmpty() ? null
                    : c.lesson(k.lessons().getFirst()).map(Lesson::moduleId).orElse(null);
            docs.add(doc(k.id(), DocType.CASE, module, k.title(), k.kind().label(), k.prompt() + "\n" + k.context(),
                    Links.caseStudy(k.id()), "case:" + k.id(), k.title()));
        }
        for (Question q : c.questions()) {
            String module = q.lessons().isEmpty() ? null
                    : c.lesson(q.lessons().getFirst()).map(Lesson::moduleId).orElse(null);
            docs.add(doc(q.id(), DocType.QUESTION, module, q.question(), q.category().label(),
                    String.join("\n", q.strongAnswer()), Links.question(q.id()), "question:" + q.id(), q.question()));
        }
        return docs;
    }

    private Document doc(String id, DocType type, String module, String title, String heading, String body,
            String url, String group, String display) {
        Document d = new Document();
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new StringField(TYPE, type.id(), Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(TYPE, type.id()));
        if (module != null) {
            d.add(new StringField(MODULE, module, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(MODULE, module));
        }
        d.add(new TextField(TITLE, title, Field.Store.YES));
        d.add(new TextField(HEADING, heading, Field.Store.YES));
        d.add(new Field(BODY, body, BODY_TYPE));
        d.add(new TextField(SPELL, title + "\n" + heading + "\n" + body, Field.Store.NO));
        d.add(new StoredField(URL, url));
        d.add(new StoredField(GROUP, group));
        d.add(new StoredField(DISPLAY, display));
        return d;
    }

    private void buildSuggestions(Curriculum c) throws IOException {
        Set<String> seen = new HashSet<>();
        for (Lesson l : c.lessons()) {
            add(seen, l.title(), Links.lesson(l.id()), 100);
            for (Section s : l.sections()) {
                if (!s.anchor().isEmpty() && s.level() == 2 && !s.title().startsWith("Key takeaways")
                        && !s.title().startsWith("Common mistakes") && !s.title().startsWith("In the interview")) {
                    add(seen, s.title(), Links.lessonSection(l.id(), s.anchor()), 50);
                }
            }
        }
        for (GlossaryTerm t : c.glossary()) {
            add(seen, t.term(), Links.glossaryTerm(t.id()), 80);
        }
        for (CaseStudy k : c.cases()) {
            add(seen, k.title(), Links.caseStudy(k.id()), 70);
        }
        suggester.refresh();
    }

    private void add(Set<String> seen, String text, String url, long weight) throws IOException {
        if (seen.add(text.toLowerCase())) {
            suggester.add(new BytesRef(text), null, weight, new BytesRef(url));
        }
    }

    // ---- searching -----------------------------------------------------------------------------

    /** Autocomplete: entries containing every typed word as a prefix, anywhere (infix). */
    public List<Suggestion> suggest(String prefix, int max) {
        String text = prefix == null ? "" : prefix.strip();
        if (text.length() < 2) {
            return List.of();
        }
        if (text.length() > SearchRequest.MAX_QUERY_LENGTH) {
            text = text.substring(0, SearchRequest.MAX_QUERY_LENGTH);
        }
        try {
            List<Suggestion> out = new ArrayList<>();
            for (Lookup.LookupResult r : suggester.lookup(text, Math.max(1, Math.min(max, 20)), true, false)) {
                out.add(new Suggestion(r.key.toString(), r.payload.utf8ToString()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchResponse search(SearchRequest request) {
        try {
            return doSearch(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResponse doSearch(SearchRequest request) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        if (searcher.getIndexReader() != entriesReader) {
            // The index is built once and never refreshed; a refresh would need a new entries table.
            searchers.release(searcher);
            throw new IllegalStateException("the search index changed after it was built");
        }
        try {
            String text = request.text();
            Correction correction = correct(text, searcher);
            boolean corrected = correction != null;
            String effective = corrected ? correction.search() : text;
            TextQuery query = textQuery(effective);
            // Lessons are what learners come for; short glossary entries would otherwise win on length alone.
            Query match = FunctionScoreQuery.boostByQuery(query.all(),
                    new TermQuery(new Term(TYPE, DocType.LESSON.id())), LESSON_BOOST);
            Query typeFilter = request.type() == null ? null : new TermQuery(new Term(TYPE, request.type()));
            Query moduleFilter = request.module() == null ? null : new TermQuery(new Term(MODULE, request.module()));

            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher,
                    filtered(match, typeFilter, moduleFilter), CANDIDATES_PER_HIT * request.limit(),
                    new FacetsCollectorManager());
            Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
            facets.put(TYPE, counts(typeFilter == null ? result
                    : FacetsCollectorManager.search(searcher, filtered(match, null, moduleFilter), 1,
                            new FacetsCollectorManager()), TYPE));
            facets.put(MODULE, counts(moduleFilter == null ? result
                    : FacetsCollectorManager.search(searcher, filtered(match, typeFilter, null), 1,
                            new FacetsCollectorManager()), MODULE));

            // Snippets come from the body alone; the title and heading clauses would only cost time there.
            List<SearchHit> hits = hits(query.body(), result.topDocs().scoreDocs, request.limit());
            return new SearchResponse(request.text(), hits, result.topDocs().totalHits.value(), facets,
                    corrected ? correction.display() : null, corrected);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Question words that carry no topic ("what is the…"); dropped when a query has more than two words. */
    private static final Set<String> QUESTION_WORDS = Set.of("what", "whats", "is", "are", "the", "a", "an", "of",
            "to", "for", "do", "does", "how", "i", "my", "me", "we", "our", "can", "should", "be", "in", "on", "with",
            "it", "this", "that", "there", "which", "who", "why", "you", "your", "am", "was", "were", "about", "into",
            "at", "by", "as", "and", "or", "need", "use");

    /** Distinct words kept from a query: a 200-character query of one repeated word is one word. */
    private static final int MAX_QUERY_WORDS = 16;
    /** Longer queries get no phrase clauses: phrases over synonym graphs grow combinatorially. */
    private static final int MAX_PHRASE_WORDS = 6;

    static String normalizeQuery(String text) {
        List<String> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty() && seen.add(w.toLowerCase(java.util.Locale.ROOT)) && words.size() < MAX_QUERY_WORDS) {
                words.add(w);
            }
        }
        if (words.size() > 2) {
            List<String> topical = words.stream()
                    .filter(w -> !QUESTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "")))
                    .toList();
            if (!topical.isEmpty()) {
                words = topical;
            }
        }
        return String.join(" ", words);
    }

    /** The query for a user's text, and its body words alone (what snippets highlight). */
    private record TextQuery(Query all, Query body) {
    }

    /**
     * The query for a user's text: stemmed words with synonyms on title (3×), heading (2×) and
     * body (1×), plus the words as a phrase in body (1.5×) and title (2×) for short queries.
     * The body words are analysed once and serve both the query and the highlighter.
     */
    private TextQuery textQuery(String raw) {
        String text = normalizeQuery(raw);
        Query body = text.isBlank() ? null : new QueryBuilder(queryAnalyzer).createBooleanQuery(BODY, text);
        if (body == null) {
            return new TextQuery(new MatchNoDocsQuery(), new MatchNoDocsQuery());
        }
        QueryBuilder builder = new QueryBuilder(queryAnalyzer);
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        addField(q, builder.createBooleanQuery(TITLE, text), 3f);
        addField(q, builder.createBooleanQuery(HEADING, text), 2f);
        addField(q, body, 1f);
        if (text.split(" ").length <= MAX_PHRASE_WORDS) {
            try {
                addField(q, builder.createPhraseQuery(BODY, text, 2), 1.5f);
                addField(q, builder.createPhraseQuery(TITLE, text, 1), 2f);
            } catch (IndexSearcher.TooManyClauses e) {
                // A phrase over many synonyms: the word clauses above are enough.
            }
        }
        return new TextQuery(q.build(), body);
    }

    private static void addField(BooleanQuery.Builder q, Query clause, float boost) {
        if (clause != null) {
            q.add(new BoostQuery(clause, boost), Occur.SHOULD);
        }
    }

    private static Query filtered(Query match, Query type, Query module) {
        if (type == null && module == null) {
            return match;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(match, Occur.MUST);
        if (type != null) {
            b.add(type, Occur.FILTER);
        }
        if (module != null) {
            b.add(module, Occur.FILTER);
        }
        return b.build();
    }

    private Map<String, Integer> counts(FacetsCollectorManager.FacetsResult result, String dimension)
            throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        FacetResult top = new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector())
                .getTopChildren(20, dimension);
        if (top != null) {
            for (LabelAndValue lv : top.labelValues) {
                out.put(lv.label, lv.value.intValue());
            }
        }
        return out;
    }

    /** The stored fields of one document, as a hit shows them. */
    private record Entry(String id, String type, String display, String module, String url, String group,
            String body) {
    }

    /**
     * Reads every document's stored fields once. The index is built at start-up and never
     * changes, so the doc ids of the reader opened here are the ids of every later search.
     */
    private static Entry[] entries(IndexSearcher searcher) throws IOException {
        var reader = searcher.getIndexReader();
        var stored = reader.storedFields();
        Entry[] out = new Entry[reader.maxDoc()];
        for (int doc = 0; doc < out.length; doc++) {
            Document d = stored.document(doc);
            out[doc] = new Entry(d.get(ID), d.get(TYPE), d.get(DISPLAY), d.get(MODULE), d.get(URL), d.get(GROUP),
                    d.get(BODY));
        }
        return out;
    }

    private List<SearchHit> hits(Query highlight, ScoreDoc[] docs, int limit)
            throws IOException {
        Map<String, Integer> perGroup = new HashMap<>();
        List<ScoreDoc> kept = new ArrayList<>();
        for (ScoreDoc sd : docs) {
            if (perGroup.merge(entries[sd.doc].group(), 1, Integer::sum) <= HITS_PER_GROUP) {
                kept.add(sd);
            }
            if (kept.size() == limit) {
                break;
            }
        }
        int[] ids = kept.stream().mapToInt(sd -> sd.doc).toArray();
        String[] snippets = new String[ids.length];
        if (ids.length > 0) {
            snippets = highlighter.highlightFields(new String[] {BODY}, highlight, ids, new int[] {2})
                    .get(BODY);
        }
        List<SearchHit> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Entry e = entries[kept.get(i).doc];
            String snippet = snippets[i] != null ? snippets[i] : escape(firstWords(e.body(), 30));
            out.add(new SearchHit(e.id(), e.type(), e.display(), e.module(), e.url(), snippet, kept.get(i).score));
        }
        return out;
    }

    /**
     * The one highlighter: the index never changes after start-up, so it is built with the
     * index. It reads bodies from {@link #entries} rather than from stored fields, cut to the
     * highlighter's maximum length as the stored-fields loader would.
     */
    private UnifiedHighlighter newHighlighter(IndexSearcher searcher) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, queryAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                .withMaxLength(20_000)
                // Term offsets from postings are enough for a snippet; the Matches API walks every clause.
                .withWeightMatches(false)
                .withScorer(new LeanPassageScorer());
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                    int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                    CharSequence[] row = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String body = BODY.equals(fields[f]) ? entries[doc].body() : "";
                        row[f] = body.length() > getMaxLength() ? body.substring(0, getMaxLength()) : body;
                    }
                    values.add(row);
                }
                return values;
            }
        };
    }

    /** A spelling correction: the text to show, and the text to search (alternatives included). */
    record Correction(String display, String search) {
    }

    /**
     * Replaces each word that occurs nowhere by the closest indexed words (by edit distance,
     * then frequency): the best one for "did you mean", up to three for searching, so that
     * "recal" finds "recall" even when "real" is as close. Words within two edits are tried only
     * when none is within one, so a one-edit typo searches its one-edit neighbours alone. Null
     * when every word occurs or no correction was found.
     */
    private Correction correct(String text, IndexSearcher searcher) throws IOException {
        if (text.isBlank()) {
            return null;
        }
        var reader = searcher.getIndexReader();
        StringBuilder display = new StringBuilder();
        StringBuilder search = new StringBuilder();
        boolean changed = false;
        int last = 0;
        try (TokenStream ts = surface.tokenStream(SPELL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            var offsets = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String word = term.toString();
                String between = text.substring(last, offsets.startOffset());
                display.append(between);
                search.append(between);
                last = offsets.endOffset();
                String original = text.substring(offsets.startOffset(), offsets.endOffset());
                SuggestWord[] suggestions = word.length() > 2 && reader.docFreq(new Term(SPELL, word)) == 0
                        ? suggestions(new Term(SPELL, word), reader)
                        : new SuggestWord[0];
                if (suggestions.length > 0) {
                    changed = true;
                    display.append(suggestions[0].string);
                    for (int i = 0; i < suggestions.length; i++) {
                        search.append(i == 0 ? "" : " ").append(suggestions[i].string);
                    }
                } else {
                    display.append(original);
                    search.append(original);
                }
            }
            ts.end();
        }
        String rest = text.substring(Math.min(last, text.length()));
        display.append(rest);
        search.append(rest);
        return changed ? new Correction(display.toString(), search.toString()) : null;
    }

    /** Up to three indexed words closest to an unknown word: within one edit, else within two. */
    private SuggestWord[] suggestions(Term word, org.apache.lucene.index.IndexReader reader) throws IOException {
        SuggestWord[] close = oneEdit.suggestSimilar(word, 3, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return close.length > 0 ? close
                : twoEdits.suggestSimilar(word, 3, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    }

    private static DirectSpellChecker spellChecker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinPrefix(0);
        checker.setMaxEdits(maxEdits);
        checker.setAccuracy(0.6f);
        return checker;
    }

    /** Title of a module id, for facet labels. */
    public String moduleTitle(String moduleId) {
        return moduleTitles.getOrDefault(moduleId, moduleId);
    }

    private static String firstWords(String text, int words) {
        if (text == null) {
            return "";
        }
        String[] parts = text.strip().split("\\s+");
        return parts.length <= words ? text.strip() : String.join(" ", java.util.Arrays.copyOf(parts, words)) + " …";
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    PraxisAnalyzers analyzers() {
        return analyzers;
    }

    @Override
    public void close() throws IOException {
        suggester.close();
        searchers.close();
        directory.close();
    }
}
