-- Confidant schema, version 1. Every customer-owned row cascades from customers, so deleting a customer
-- deletes all of their data in one statement ("deleted means gone").

CREATE TABLE customers (
    id                    bigserial PRIMARY KEY,
    email                 text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
    password_hash         text NOT NULL,
    created_at            timestamptz NOT NULL,
    agreement_version     text,
    agreement_accepted_at timestamptz
);

CREATE TABLE agreement_acceptances (
    id          bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    version     text NOT NULL,
    accepted_at timestamptz NOT NULL
);
CREATE INDEX agreement_acceptances_customer ON agreement_acceptances (customer_id);

CREATE TABLE sessions (
    token_hash  bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    customer_id bigint REFERENCES customers(id) ON DELETE CASCADE,
    csrf_token  text NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_customer ON sessions (customer_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE topics (
    id    bigserial PRIMARY KEY,
    key   text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200)
);

CREATE TABLE teams (
    id   bigserial PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120)
);

CREATE TABLE advisors (
    id           bigserial PRIMARY KEY,
    login        text NOT NULL UNIQUE,
    display_name text NOT NULL,
    team_id      bigint NOT NULL REFERENCES teams(id),
    team_lead    boolean NOT NULL DEFAULT false
);

CREATE TABLE advisor_certificates (
    id          bigserial PRIMARY KEY,
    advisor_id  bigint NOT NULL REFERENCES advisors(id) ON DELETE CASCADE,
    fingerprint text NOT NULL UNIQUE CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
    serial      text NOT NULL,
    not_after   timestamptz NOT NULL,
    revoked_at  timestamptz
);

-- One row. Writers take the next value with UPDATE ... RETURNING inside their transaction: the row lock makes
-- sequence numbers become visible in commit order, so a reader never skips a change (see docs/protocol.md).
CREATE TABLE change_counter (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    value    bigint NOT NULL
);
INSERT INTO change_counter (value) VALUES (0);

CREATE TABLE inquiries (
    id                  bigserial PRIMARY KEY,
    customer_id         bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    topic_id            bigint NOT NULL REFERENCES topics(id),
    subject             text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    state               text NOT NULL CHECK (state IN ('awaiting_advisor', 'awaiting_customer', 'closed')),
    created_at          timestamptz NOT NULL,
    waiting_since       timestamptz,
    last_activity_at    timestamptz NOT NULL,
    assigned_advisor_id bigint REFERENCES advisors(id) ON DELETE SET NULL,
    seq                 bigint NOT NULL
);
CREATE INDEX inquiries_customer ON inquiries (customer_id, last_activity_at DESC);
CREATE INDEX inquiries_open_queue ON inquiries (waiting_since) WHERE state = 'awaiting_advisor';
CREATE UNIQUE INDEX inquiries_seq ON inquiries (seq);

CREATE TABLE messages (
    id         bigserial PRIMARY KEY,
    inquiry_id bigint NOT NULL REFERENCES inquiries(id) ON DELETE CASCADE,
    author     text NOT NULL CHECK (author IN ('customer', 'advisor')),
    advisor_id bigint REFERENCES advisors(id) ON DELETE SET NULL,
    body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    created_at timestamptz NOT NULL,
    seq        bigint NOT NULL
);
CREATE INDEX messages_inquiry ON messages (inquiry_id, id);
CREATE INDEX messages_seq ON messages (seq);
