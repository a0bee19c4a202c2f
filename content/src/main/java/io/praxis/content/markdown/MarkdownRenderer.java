package io.praxis.content.markdown;

import io.praxis.content.lesson.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns lesson Markdown into safe HTML once, at load time: CommonMark with GFM tables,
 * stable heading anchors, callouts ({@code > [!TIP]}), glossary links on the first use of
 * each term, and finally the OWASP sanitiser, so that nothing in a content file (raw HTML,
 * {@code javascript:} links, event handlers) reaches the browser.
 */
public final class MarkdownRenderer {

    /** The result of rendering one document. */
    public record Rendered(String html, List<Section> sections, int wordCount) {
    }

    private static final Pattern CALLOUT = Pattern.compile("^\\[!(NOTE|TIP|WARNING)]\\s*");
    private static final Map<String, String> CALLOUT_TITLES = Map.of("NOTE", "Note", "TIP", "Tip", "WARNING",
            "Watch out");

    /** What the rendered HTML may contain; everything else is dropped. */
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
                    "pre", "code", "em", "strong", "del", "table", "thead", "tbody", "tr", "th", "td", "a", "span",
                    "div", "sup", "sub")
            .allowAttributes("id").onElements("h2", "h3", "h4")
            .allowAttributes("class").onElements("blockquote", "a", "code", "span", "div", "table")
            .allowAttributes("align").onElements("th", "td")
            .allowAttributes("href", "title").onElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("start").onElements("ol")
            .toFactory();

    /**
     * What Markdown written by users (journal entries) may become: the lesson policy without
     * ids or classes, so that user text can neither collide with the page's element ids nor
     * borrow its styling, and with {@code rel="nofollow"} on every link.
     */
    static final PolicyFactory USER_POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
                    "pre", "code", "em", "strong", "del", "table", "thead", "tbody", "tr", "th", "td", "a")
            .allowAttributes("align").onElements("th", "td")
            .allowAttributes("href", "title").onElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .requireRelNofollowOnLinks()
            .allowAttributes("start").onElements("ol")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    /**
     * Renders a document.
     *
     * @param markdown the Markdown body
     * @param linker glossary names to link, or null for none
     * @param termUrl the link target of a glossary id, e.g. {@code id -> "/glossary/" + id}
     */
    public Rendered render(String markdown, GlossaryLinker linker, Function<String, String> termUrl) {
        Node document = parser.parse(markdown);
        Map<Node, String> callouts = new IdentityHashMap<>();
        document.accept(new CalloutMarker(callouts));
        if (linker != null) {
            linkGlossary(document, linker, termUrl);
        }
        IdGenerator ids = IdGenerator.builder().build();
        List<Section> sections = new ArrayList<>();
        Map<Node, String> anchors = new IdentityHashMap<>();
        StringBuilder current = new StringBuilder();
        String[] head = {"", "", "1"};
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() >= 2 && h.getLevel() <= 3) {
                sections.add(new Section(head[0], head[1], Integer.parseInt(head[2]), current.toString().strip()));
                current.setLength(0);
                String title = text.render(h).strip();
                String anchor = ids.generateId(title);
                anchors.put(h, anchor);
                head = new String[] {anchor, title, String.valueOf(h.getLevel())};
            } else {
                current.append(text.render(node)).append('\n');
            }
        }
        sections.add(new Section(head[0], head[1], Integer.parseInt(head[2]), current.toString().strip()));
        if (sections.getFirst().text().isEmpty() && sections.getFirst().anchor().isEmpty()) {
            sections.removeFirst();
        }
        HtmlRenderer html = HtmlRenderer.builder()
                .extensions(List.of(TablesExtension.create()))
                .attributeProviderFactory(context -> new Attributes(anchors, callouts))
                .build();
        String rendered = POLICY.sanitize(html.render(document));
        return new Rendered(rendered, sections, countWords(markdown));
    }

    /**
     * Renders Markdown a user wrote (a journal entry) into safe HTML: CommonMark with tables,
     * no heading anchors, no glossary links, then {@link #USER_POLICY}. Raw HTML in the text,
     * {@code javascript:} links and event handlers never survive. Null is treated as empty.
     */
    public String renderUserContent(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        String html = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build().render(document);
        return USER_POLICY.sanitize(html);
    }

    /** Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens. */
    public static int countWords(String markdown) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < markdown.length(); i++) {
            boolean letter = Character.isLetterOrDigit(markdown.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter || (inWord && (markdown.charAt(i) == '\'' || markdown.charAt(i) == '-'));
        }
        return count;
    }

    /** Sanitises HTML from elsewhere (e.g. rendered user Markdown) with the same policy. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    private static void linkGlossary(Node document, GlossaryLinker linker, Function<String, String> termUrl) {
        Set<String> linked = new HashSet<>();
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                texts.add(t);
            }

            @Override
            public void visit(Heading heading) {
                // Headings stay plain: links there would change the anchors and the table of contents.
            }

            @Override
            public void visit(Link link) {
                // Never link inside an existing link.
            }

            @Override
            public void visit(Code code) {
            }
        });
        for (Text t : texts) {
            String literal = t.getLiteral();
            List<GlossaryLinker.Match> matches = linker.find(literal).stream()
                    .filter(m -> !linked.contains(m.termId())).toList();
            if (matches.isEmpty()) {
                continue;
            }
            int pos = 0;
            Node anchor = t;
            for (GlossaryLinker.Match m : matches) {
                if (!linked.add(m.termId())) {
                    continue;
                }
                if (m.start() > pos) {
                    Text before = new Text(literal.substring(pos, m.start()));
                    anchor.insertAfter(before);
                    anchor = before;
                }
                Link link = new Link(termUrl.apply(m.termId()), "Glossary: " + literal.substring(m.start(), m.end()));
                link.appendChild(new Text(literal.substring(m.start(), m.end())));
                anchor.insertAfter(link);
                anchor = link;
                pos = m.end();
            }
            if (pos < literal.length()) {
                anchor.insertAfter(new Text(literal.substring(pos)));
            }
            t.unlink();
        }
    }

    /** Marks block quotes that start with {@code [!NOTE]}, {@code [!TIP]} or {@code [!WARNING]}. */
    private static final class CalloutMarker extends AbstractVisitor {
        private final Map<Node, String> kinds;

        CalloutMarker(Map<Node, String> kinds) {
            this.kinds = kinds;
        }

        @Override
        public void visit(BlockQuote quote) {
            if (quote.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Text t) {
                var m = CALLOUT.matcher(t.getLiteral());
                if (m.find()) {
                    String kind = m.group(1);
                    t.setLiteral(t.getLiteral().substring(m.end()));
                    StrongEmphasis title = new StrongEmphasis();
                    title.appendChild(new Text(CALLOUT_TITLES.get(kind) + ": "));
                    p.prependChild(title);
                    kinds.put(quote, kind.toLowerCase(Locale.ROOT));
                }
            }
            visitChildren(quote);
        }
    }

    private record Attributes(Map<Node, String> anchors, Map<Node, String> callouts) implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading && anchors.containsKey(node)) {
                attributes.put("id", anchors.get(node));
            } else if (node instanceof BlockQuote && callouts.containsKey(node)) {
                attributes.put("class", "callout callout-" + callouts.get(node));
            } else if (node instanceof Link link && link.getTitle() != null && link.getTitle().startsWith("Glossary:")) {
                attributes.put("class", "glossary-link");
            }
        }
    }
}
