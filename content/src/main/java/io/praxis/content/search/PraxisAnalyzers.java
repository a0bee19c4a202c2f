package io.praxis.content.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzers Praxis uses for English text, shared by search (in this module) and the
 * grader (in {@code scoring}), so that "the same word" means the same thing in both.
 *
 * <p>Chain: standard tokenizer → possessive removal → lower case → ASCII folding →
 * (query side only: domain synonyms) → Porter stemming. No stop-word removal: stop words in a
 * synonym ("a/b test") would break the synonym graph, and BM25 already gives them little
 * weight. The spelling analyzer stops before stemming, because "did you mean" must propose
 * real words.
 */
public final class PraxisAnalyzers {

    private static final String SYNONYMS = "praxis/synonyms.txt";

    private final SynonymMap synonyms;

    private PraxisAnalyzers(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    /** Loads the bundled domain synonym list. */
    public static PraxisAnalyzers load() {
        try (InputStream in = PraxisAnalyzers.class.getClassLoader().getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException(SYNONYMS + " is missing from the class path");
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, surface());
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PraxisAnalyzers(parser.build());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SYNONYMS, e);
        } catch (ParseException e) {
            throw new IllegalStateException("Invalid synonym list " + SYNONYMS + " at line " + e.getErrorOffset(), e);
        }
    }

    public SynonymMap synonyms() {
        return synonyms;
    }

    /**
     * The synonym list as groups of equivalent surface phrases ("ml", "machine learning"),
     * for code that matches phrases itself (the grader) rather than through a token stream.
     */
    public static java.util.List<java.util.List<String>> synonymGroups() {
        try (InputStream in = PraxisAnalyzers.class.getClassLoader().getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException(SYNONYMS + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> java.util.Arrays.stream(l.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                            .toList())
                    .filter(g -> g.size() > 1)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SYNONYMS, e);
        }
    }

    /** Surface form: tokens lower-cased and folded, not stemmed. For spelling and synonym parsing. */
    public static Analyzer surface() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Index-time analyzer: surface form, then stemmed. */
    public Analyzer index() {
        return stemmed(null);
    }

    /** Query-time analyzer: surface form, domain synonyms, then stemmed. */
    public Analyzer query() {
        return stemmed(synonyms);
    }

    private static Analyzer stemmed(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                if (synonyms != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
