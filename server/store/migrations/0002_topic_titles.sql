-- Topic titles per language for the customer pages. topics.title stays the default: the advisor API and any
-- language without a row here show it.
CREATE TABLE topic_titles (
    topic_id bigint NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    language text NOT NULL CHECK (language ~ '^[a-z]{2}$'),
    title    text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    PRIMARY KEY (topic_id, language)
);
