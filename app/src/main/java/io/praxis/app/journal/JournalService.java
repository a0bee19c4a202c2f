package io.praxis.app.journal;

import io.praxis.app.ops.DatabaseText;
import io.praxis.content.Curriculum;
import io.praxis.content.Links;
import io.praxis.content.lesson.Lesson;
import io.praxis.content.markdown.MarkdownRenderer;
import io.praxis.content.plan.PlanTask;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's journal: create, edit, delete, list, search and export their own entries.
 *
 * <p>Every method takes the learner's id (views pass the signed-in account's) and only ever
 * reads or writes rows with that owner: an entry id of another learner is treated exactly like
 * an id that does not exist, so ids reveal nothing. Search runs over the learner's entries
 * only. Entry bodies are stored as typed; {@link #toHtml} is the one way to show them as HTML.
 */
@Service
public class JournalService {

    public static final int MAX_BODY = 20_000;
    public static final int MAX_TITLE = 200;

    /** What the editor submits. Blank title and null links are fine; the body is required. */
    public record Draft(LocalDate date, String title, String body, JournalLink link) {
    }

    private final JournalEntryRepository entries;
    private final Curriculum curriculum;
    private final Clock clock;
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    JournalService(JournalEntryRepository entries, Curriculum curriculum, Clock clock) {
        this.entries = entries;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    /**
     * Saves a new entry.
     *
     * @throws JournalInputException naming the field, when the draft is invalid
     */
    @Transactional
    public JournalEntryView create(long userId, Draft draft) {
        Valid v = validate(draft);
        JournalEntry entry = new JournalEntry(userId, clock.instant());
        entry.update(v.date, v.title, v.body, v.taskId, v.lessonId, clock.instant());
        return view(entries.save(entry));
    }

    /**
     * Changes one of the learner's entries.
     *
     * @return the saved entry, or empty when the learner has no entry with this id
     * @throws JournalInputException naming the field, when the draft is invalid
     */
    @Transactional
    public Optional<JournalEntryView> update(long userId, long entryId, Draft draft) {
        Valid v = validate(draft);
        return entries.findByIdAndUserId(entryId, userId).map(e -> {
            e.update(v.date, v.title, v.body, v.taskId, v.lessonId, clock.instant());
            return view(e);
        });
    }

    /** Deletes one of the learner's entries; false when they have none with this id. */
    @Transactional
    public boolean delete(long userId, long entryId) {
        Optional<JournalEntry> entry = entries.findByIdAndUserId(entryId, userId);
        entry.ifPresent(entries::delete);
        return entry.isPresent();
    }

    /** One of the learner's entries; empty for a missing id and for another learner's entry alike. */
    @Transactional(readOnly = true)
    public Optional<JournalEntryView> entry(long userId, long entryId) {
        return entries.findByIdAndUserId(entryId, userId).map(this::view);
    }

    /** The learner's entries, newest date first. */
    @Transactional(readOnly = true)
    public List<JournalEntryView> entries(long userId) {
        return entries.findByUserIdOrderByEntryDateDescCreatedAtDesc(userId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public boolean hasEntries(long userId) {
        return entries.existsByUserId(userId);
    }

    /**
     * The learner's entries that contain every word of the query (case-insensitive) in the
     * title, the body or the linked task or lesson; all entries for a blank query. Other
     * learners' entries are never searched.
     */
    @Transactional(readOnly = true)
    public List<JournalEntryView> search(long userId, String query) {
        List<String> words = query == null ? List.of()
                : Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank()).toList();
        return entries(userId).stream().filter(e -> {
            String text = ((e.title() == null ? "" : e.title()) + "\n" + e.body() + "\n"
                    + (e.link() == null ? "" : e.link().label())).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(text::contains);
        }).toList();
    }

    /**
     * All of the learner's entries as one Markdown document, oldest first, each under a
     * heading with its date and title. Bodies are included as written.
     */
    @Transactional(readOnly = true)
    public String exportMarkdown(long userId) {
        List<JournalEntryView> all = new ArrayList<>(entries(userId));
        java.util.Collections.reverse(all);
        StringBuilder md = new StringBuilder("# My learning journal\n\nExported from Praxis on "
                + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + " · " + all.size() + " entr"
                + (all.size() == 1 ? "y" : "ies") + "\n");
        for (JournalEntryView e : all) {
            md.append("\n## ").append(e.date());
            if (e.title() != null) {
                md.append(" · ").append(e.title());
            }
            md.append("\n\n");
            if (e.link() != null) {
                md.append("_Linked to ").append(e.link().label()).append("_\n\n");
            }
            md.append(e.body().strip()).append("\n");
        }
        return md.toString();
    }

    /**
     * An entry body as safe HTML with exactly one root element (as Vaadin's {@code Html}
     * needs): rendered by the content module's Markdown renderer and its sanitiser, so raw
     * HTML, scripts, event handlers and {@code javascript:} links never reach the page.
     */
    public String toHtml(String markdown) {
        return "<div class=\"praxis-journal-body\">" + renderer.renderUserContent(markdown) + "</div>";
    }

    /** Everything an entry can link to: the plan's tasks, then the lessons. */
    public List<JournalLink> linkOptions() {
        List<JournalLink> out = new ArrayList<>();
        curriculum.plan().tasks().forEach(t -> out.add(taskLink(t)));
        curriculum.lessons().forEach(l -> out.add(lessonLink(l)));
        return out;
    }

    /** A link to a task or lesson by id, if it exists. */
    public Optional<JournalLink> link(JournalLink.Kind kind, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return kind == JournalLink.Kind.TASK ? curriculum.plan().task(id).map(JournalService::taskLink)
                : curriculum.lesson(id).map(JournalService::lessonLink);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private record Valid(LocalDate date, String title, String body, String taskId, String lessonId) {
    }

    private Valid validate(Draft draft) {
        if (draft == null || draft.date() == null) {
            throw new JournalInputException(JournalInputException.Field.DATE, "Date: choose the day this entry is about");
        }
        // One day of slack: the server's date may be behind the learner's.
        if (draft.date().isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1))) {
            throw new JournalInputException(JournalInputException.Field.DATE, "Date: an entry cannot be dated in the "
                    + "future");
        }
        String title = draft.title() == null ? "" : DatabaseText.storable(draft.title()).strip();
        if (title.length() > MAX_TITLE) {
            throw new JournalInputException(JournalInputException.Field.TITLE, "Title: at most " + MAX_TITLE
                    + " characters (this one has " + title.length() + ")");
        }
        String body = draft.body() == null ? "" : DatabaseText.storable(draft.body()).strip();
        if (body.isEmpty()) {
            throw new JournalInputException(JournalInputException.Field.BODY, "Entry: write something before saving");
        }
        if (body.length() > MAX_BODY) {
            throw new JournalInputException(JournalInputException.Field.BODY, "Entry: at most "
                    + String.format("%,d", MAX_BODY) + " characters (this one has "
                    + String.format("%,d", body.length()) + ")");
        }
        String taskId = null;
        String lessonId = null;
        if (draft.link() != null) {
            if (link(draft.link().kind(), draft.link().id()).isEmpty()) {
                throw new JournalInputException(JournalInputException.Field.LINK, "Link: there is no "
                        + draft.link().kind().name().toLowerCase(Locale.ROOT) + " '" + draft.link().id() + "'");
            }
            taskId = draft.link().kind() == JournalLink.Kind.TASK ? draft.link().id() : null;
            lessonId = draft.link().kind() == JournalLink.Kind.LESSON ? draft.link().id() : null;
        }
        return new Valid(draft.date(), title.isEmpty() ? null : title, body, taskId, lessonId);
    }

    private JournalEntryView view(JournalEntry e) {
        JournalLink link = e.getTaskId() != null
                // A task or lesson removed from the content since keeps its id, shown as such.
                ? link(JournalLink.Kind.TASK, e.getTaskId()).orElse(new JournalLink(JournalLink.Kind.TASK,
                        e.getTaskId(), "Task " + e.getTaskId(), "plan"))
                : e.getLessonId() != null
                        ? link(JournalLink.Kind.LESSON, e.getLessonId()).orElse(new JournalLink(
                                JournalLink.Kind.LESSON, e.getLessonId(), "Lesson " + e.getLessonId(), "study"))
                        : null;
        return new JournalEntryView(e.getId(), e.getEntryDate(), e.getTitle(), e.getBody(), link, e.getCreatedAt(),
                e.getUpdatedAt());
    }

    private static JournalLink taskLink(PlanTask t) {
        return new JournalLink(JournalLink.Kind.TASK, t.id(), "Task (week " + t.week() + "): " + t.title(),
                "plan?week=" + t.week());
    }

    private static JournalLink lessonLink(Lesson l) {
        return new JournalLink(JournalLink.Kind.LESSON, l.id(), "Lesson: " + l.title(), Links.lesson(l.id()));
    }
}
