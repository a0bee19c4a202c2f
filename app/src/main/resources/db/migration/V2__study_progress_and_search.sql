-- Study progress per learner and lesson, and queries that found nothing.
CREATE TABLE lesson_progress (
    user_id         BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    lesson_id       VARCHAR(80)  NOT NULL,
    last_opened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (user_id, lesson_id)
);
CREATE INDEX ix_lesson_progress_opened ON lesson_progress (user_id, last_opened_at);

CREATE TABLE search_miss (
    normalized_query VARCHAR(200) NOT NULL PRIMARY KEY,
    sample_query     VARCHAR(200) NOT NULL,
    miss_count       BIGINT       NOT NULL,
    last_seen_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
