package io.praxis.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown written by users is rendered, then stripped of anything active. */
class UserMarkdownTest {

    final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersOrdinaryMarkdown() {
        String html = renderer.renderUserContent("## Week 4\n\nI finally get **recall**.\n\n- one\n- two\n\n"
                + "[notes](https://example.org/notes)");
        assertThat(html).contains("<h2>Week 4</h2>").contains("<strong>recall</strong>").contains("<li>one</li>")
                .contains("href=\"https://example.org/notes\"").contains("rel=\"nofollow\"");
    }

    @Test
    void scriptsHandlersAndJavascriptLinksNeverSurvive() {
        String html = renderer.renderUserContent("""
                <script>alert('x')</script>

                Text <img src=x onerror=alert(1)> more.

                [click me](javascript:alert(1))

                <a href="javascript:alert(2)" onclick="alert(3)">raw</a>

                <div style="position:fixed" id="journal-save">overlay</div>
                """);
        assertThat(html).doesNotContain("<script", "onerror", "javascript:", "onclick", "<img", "style=", "id=")
                .contains("click me").contains("raw").contains("overlay");
    }

    @Test
    void headingsGetNoIdsThatCouldCollideWithThePage() {
        assertThat(renderer.renderUserContent("## journal save")).isEqualTo("<h2>journal save</h2>\n");
    }

    @Test
    void nullIsEmpty() {
        assertThat(renderer.renderUserContent(null)).isEmpty();
    }
}
