package io.praxis.app.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.demo.DemoData;
import io.praxis.app.shell.NotFoundView;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The journal without a browser, as Sam: writing, safe rendering, search, export, editing,
 * and above all that another learner's entries can be reached neither by id nor by search.
 * Every entry carries a unique marker, so entries of other tests do not matter.
 */
@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@WithMockUser(username = "sam@praxis.demo", roles = "LEARNER")
class JournalViewsTest extends SpringBrowserlessTest {

    static final String PAYLOAD = """
            Notes <script>alert('x')</script> and <img src=x onerror=alert(1)>.

            [a link](javascript:alert(1)) <a href="javascript:alert(2)" onclick="alert(3)">raw</a>
            """;

    @Autowired
    JournalService journal;
    @Autowired
    AccountService accounts;

    long sam;
    String marker;

    @BeforeEach
    void setUp() {
        sam = accounts.findByEmail(DemoData.LEARNER_2.email()).orElseThrow().getId();
        marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    JournalEntryView write(long userId, String title, String body) {
        return journal.create(userId, new JournalService.Draft(LocalDate.now(), title, body, null));
    }

    long otherLearner() {
        return accounts.create("other-" + UUID.randomUUID() + "@example.org", "Olga Other", "long enough password",
                Role.LEARNER).getId();
    }

    /** The text of the shown entries, including their rendered bodies. */
    String entriesText() {
        Div list = $(Div.class).id("journal-entries");
        StringBuilder text = new StringBuilder(list.getElement().getTextRecursively());
        $(Html.class, list).all().forEach(h -> text.append('\n').append(h.getInnerHtml()));
        return text.toString();
    }

    @Test
    void writingAnEntryLinkedToATaskShowsItRendered() {
        navigate("journal", JournalPage.class);
        test($(TextField.class).id("journal-title")).setValue("Teardown " + marker);
        ComboBox<JournalLink> link = $(ComboBox.class).id("journal-link");
        String label = test(link).getSuggestions().stream().filter(s -> s.contains("Finish the teardown"))
                .findFirst().orElseThrow();
        test(link).selectItem(label);
        test($(TextArea.class).id("journal-editor")).setValue("The **prediction** is the " + marker + " score.");
        test($(Button.class).id("journal-save")).click();

        JournalEntryView saved = journal.search(sam, marker).getFirst();
        assertThat(saved.link().id()).isEqualTo("w04-finish-teardown");
        Div card = $(Div.class).id("journal-entry-" + saved.id());
        assertThat($(Html.class, card).single().getInnerHtml()).contains("<strong>prediction</strong>");
        assertThat($(Anchor.class).id("journal-entry-" + saved.id() + "-link").getHref()).isEqualTo("plan?week=4");
        assertThat($(TextArea.class).id("journal-editor").getValue()).as("cleared for the next entry").isEmpty();
    }

    @Test
    void searchFindsOwnEntriesCaseInsensitively() {
        JournalEntryView match = write(sam, null, "Thresholds " + marker + " finally make sense.");
        JournalEntryView other = write(sam, null, "Something else entirely.");
        navigate("journal", JournalPage.class);
        test($(TextField.class).id("journal-search")).setValue(marker.toUpperCase() + " THRESHOLDS");
        assertThat(entriesText()).contains(marker).doesNotContain("Something else entirely");
        assertThat($(Div.class).withId("journal-entry-" + match.id()).exists()).isTrue();
        assertThat($(Div.class).withId("journal-entry-" + other.id()).exists()).isFalse();
        assertThat($(Span.class).id("journal-count").getText()).isEqualTo("1 matching entry");
        test($(TextField.class).id("journal-search")).setValue(marker + " nowhere");
        assertThat(entriesText()).contains("No entry contains");
    }

    @Test
    void markupInEntriesIsRenderedSafelyAndTitlesAreText() {
        JournalEntryView e = write(sam, "<b>bold?</b> " + marker, PAYLOAD);
        navigate("journal", JournalPage.class);
        Div card = $(Div.class).id("journal-entry-" + e.id());
        String html = $(Html.class, card).single().getInnerHtml();
        assertThat(html).doesNotContain("<script", "onerror", "javascript:", "onclick", "<img")
                .contains("a link").contains("raw");
        assertThat(card.getElement().getTextRecursively()).contains("<b>bold?</b>");
        assertThat($(Html.class, card).all()).hasSize(1);
    }

    @Test
    void invalidInputIsMarkedOnItsFieldAndNothingTypedIsLost() {
        navigate("journal", JournalPage.class);
        test($(TextField.class).id("journal-title")).setValue("Kept " + marker);
        test($(Button.class).id("journal-save")).click();
        TextArea body = $(TextArea.class).id("journal-editor");
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("Entry: write something before saving");
        assertThat($(TextField.class).id("journal-title").getValue()).isEqualTo("Kept " + marker);

        test(body).setValue("Dated in the future " + marker);
        test($(DatePicker.class).id("journal-date")).setValue(LocalDate.now().plusDays(10));
        test($(Button.class).id("journal-save")).click();
        assertThat($(DatePicker.class).id("journal-date").getErrorMessage()).startsWith("Date:");
        assertThat(body.getValue()).isEqualTo("Dated in the future " + marker);
        assertThat(journal.search(sam, marker)).isEmpty();
    }

    @Test
    void anotherLearnersEntryCannotBeReachedById() {
        long other = otherLearner();
        JournalEntryView theirs = write(other, "Private", "Private thoughts " + marker);
        long demoLearner = accounts.findByEmail(DemoData.LEARNER.email()).orElseThrow().getId();
        JournalEntryView demo = journal.entries(demoLearner).getLast();
        for (JournalEntryView e : new JournalEntryView[] {theirs, demo}) {
            navigate("journal/" + e.id(), Div.class);
            assertThat(getCurrentView()).as("entry %d", e.id()).isInstanceOf(NotFoundView.class);
            assertThat(journal.entry(sam, e.id())).isEmpty();
            assertThat(journal.update(sam, e.id(), new JournalService.Draft(LocalDate.now(), null, "overwritten",
                    null))).isEmpty();
            assertThat(journal.delete(sam, e.id())).isFalse();
        }
        assertThat(journal.entry(other, theirs.id())).get().extracting(JournalEntryView::body)
                .as("untouched").isEqualTo("Private thoughts " + marker);
        navigate("journal/" + Long.MAX_VALUE, Div.class);
        assertThat(getCurrentView()).as("a missing id looks the same").isInstanceOf(NotFoundView.class);
    }

    @Test
    void anotherLearnersEntryCannotBeFoundBySearchOrExport() throws Exception {
        write(otherLearner(), null, "Secret plan " + marker);
        assertThat(journal.search(sam, marker)).isEmpty();
        navigate("journal", JournalPage.class);
        test($(TextField.class).id("journal-search")).setValue(marker);
        assertThat(entriesText()).doesNotContain("Secret plan");
        assertThat($(Span.class).id("journal-count").getText()).isEqualTo("0 matching entries");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test($(Anchor.class).id("journal-export")).download(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(marker);
    }

    @Test
    void exportGivesAllOwnEntriesAsMarkdown() throws Exception {
        write(sam, "Export " + marker, "- point one\n- point two " + marker);
        navigate("journal", JournalPage.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test($(Anchor.class).id("journal-export")).download(out);
        String md = out.toString(StandardCharsets.UTF_8);
        assertThat(md).startsWith("# My learning journal").contains("## " + LocalDate.now() + " · Export " + marker)
                .contains("- point two " + marker);
    }

    @Test
    void openingFromAPlanTaskPreselectsTheLink() {
        UI.getCurrent().navigate("journal", QueryParameters.of("task", "w04-finish-teardown"));
        ComboBox<JournalLink> link = $(ComboBox.class).id("journal-link");
        assertThat(link.getValue().id()).isEqualTo("w04-finish-teardown");
        UI.getCurrent().navigate("journal", QueryParameters.of("lesson", "monitoring-drift"));
        link = $(ComboBox.class).id("journal-link");
        assertThat(link.getValue().kind()).isEqualTo(JournalLink.Kind.LESSON);
    }

    @Test
    void anEntryCanBeEditedAndDeletedOnItsPage() {
        JournalEntryView e = write(sam, "Draft " + marker, "First version");
        navigate("journal/" + e.id(), JournalEntryPage.class);
        test($(TextArea.class).id("journal-editor")).setValue("Second version " + marker);
        test($(Button.class).id("journal-save")).click();
        assertThat(journal.entry(sam, e.id())).get().extracting(JournalEntryView::body)
                .isEqualTo("Second version " + marker);
        test($(Button.class).id("journal-delete")).click();
        assertThat(getCurrentView()).isInstanceOf(JournalPage.class);
        assertThat(journal.entry(sam, e.id())).isEmpty();
    }
}
