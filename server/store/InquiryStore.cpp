#include "store/InquiryStore.h"

#include "store/AdvisorScope.h"
#include "store/Database.h"
#include "store/StoreLog.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace confidant::server {
namespace {

// %1: the topic title's expression, %2: more columns after the inquiry's own (or nothing), %3: where the inquiry
// rows come from, named i (the table, or the feed's page of it).
const QString inquiryColumns = QStringLiteral(
    "SELECT i.id, i.customer_id, c.display_name, i.topic_id, t.key, %1, i.subject_sealed, i.state, i.created_at, i.waiting_since, "
    "i.last_activity_at, i.assigned_advisor_id, i.seq, i.team_id, i.closed_at, i.held_for_advisor_id, coalesce(held.display_name, ''), "
    "c.fixed_advisor_id, t.response_target_minutes, k.epoch, k.wrapped_key%2 "
    "FROM %3 i JOIN customers c ON c.id = i.customer_id JOIN topics t ON t.id = i.topic_id JOIN inquiry_keys k ON k.inquiry_id = i.id "
    "LEFT JOIN advisors held ON held.id = i.held_for_advisor_id ");

// Advisors see the default topic title; %3 is left for the rows' source.
const QString inquiryColumnsFrom = inquiryColumns.arg(QStringLiteral("t.title"), QString());
const QString selectInquiry = inquiryColumnsFrom.arg(QStringLiteral("inquiries"));

// An advisor's feed: column 21 says whether the row is in the reader's scope (AdvisorScope), with its values first.
const QString inquiryColumnsWithVisibilityFrom = inquiryColumns.arg(QStringLiteral("t.title"), QStringLiteral(", ") + AdvisorScope::condition());
const QString selectInquiryWithVisibility = inquiryColumnsWithVisibilityFrom.arg(QStringLiteral("inquiries"));
constexpr int visibilityColumn = 21;

// The customer sees the topic in the page's language where it has a title in it; the language is the first bound value.
const QString selectInquiryInLanguage = inquiryColumns.arg(QStringLiteral("coalesce(tt.title, t.title)"), QString(), QStringLiteral("inquiries"))
    + QStringLiteral("LEFT JOIN topic_titles tt ON tt.topic_id = i.topic_id AND tt.language = ? ");

const QString selectMessage = QStringLiteral(
    "SELECT m.id, m.inquiry_id, m.author, CASE WHEN m.author = 'advisor' THEN coalesce(a.display_name, '') ELSE c.display_name END, "
    "m.body_sealed, m.created_at, m.seq, k.epoch, k.wrapped_key "
    "FROM messages m JOIN inquiries i ON i.id = m.inquiry_id JOIN customers c ON c.id = i.customer_id "
    "JOIN inquiry_keys k ON k.inquiry_id = m.inquiry_id "
    "LEFT JOIN advisors a ON a.id = m.advisor_id ");

// None when the row's texts cannot be decrypted (logged): the read is then "unavailable", never a wrong text.
std::optional<Inquiry> readInquiry(const QSqlQuery &q, const InquiryKeys &keys)
{
    Inquiry inquiry;
    inquiry.id = q.value(0).toLongLong();
    inquiry.customerId = q.value(1).toLongLong();
    inquiry.customerName = q.value(2).toString();
    inquiry.topicId = q.value(3).toLongLong();
    inquiry.topicKey = q.value(4).toString();
    inquiry.topicTitle = q.value(5).toString();
    const auto cipher = keys.fromRow(inquiry.id, q.value(19), q.value(20));
    const auto subject = cipher ? cipher->open(InquiryCipher::Field::Subject, q.value(6).toByteArray()) : std::nullopt;
    if (!subject) {
        qCCritical(lcStore) << "the subject of inquiry" << inquiry.id << "cannot be decrypted";
        return std::nullopt;
    }
    inquiry.subject = *subject;
    inquiry.state = inquiryStateFromKey(q.value(7).toString()).value_or(InquiryState::AwaitingAdvisor);
    inquiry.createdAt = q.value(8).toDateTime().toUTC();
    if (!q.value(9).isNull())
        inquiry.waitingSince = q.value(9).toDateTime().toUTC();
    inquiry.lastActivityAt = q.value(10).toDateTime().toUTC();
    if (!q.value(11).isNull())
        inquiry.assignedAdvisorId = q.value(11).toLongLong();
    inquiry.seq = q.value(12).toLongLong();
    if (!q.value(13).isNull())
        inquiry.teamId = q.value(13).toLongLong();
    if (!q.value(14).isNull())
        inquiry.closedAt = q.value(14).toDateTime().toUTC();
    if (!q.value(15).isNull())
        inquiry.heldForAdvisorId = q.value(15).toLongLong();
    inquiry.heldForAdvisorName = q.value(16).toString();
    if (!q.value(17).isNull())
        inquiry.customerFixedAdvisorId = q.value(17).toLongLong();
    inquiry.responseTargetMinutes = q.value(18).toInt();
    return inquiry;
}

std::optional<Message> readMessage(const QSqlQuery &q, const InquiryKeys &keys)
{
    Message message;
    message.id = q.value(0).toLongLong();
    message.inquiryId = q.value(1).toLongLong();
    message.author = q.value(2).toString() == QLatin1String("advisor") ? MessageAuthor::Advisor : MessageAuthor::Customer;
    message.authorName = q.value(3).toString();
    const auto cipher = keys.fromRow(message.inquiryId, q.value(7), q.value(8));
    const auto body = cipher ? cipher->open(InquiryCipher::Field::Body, q.value(4).toByteArray()) : std::nullopt;
    if (!body) {
        qCCritical(lcStore) << "message" << message.id << "of inquiry" << message.inquiryId << "cannot be decrypted";
        return std::nullopt;
    }
    message.body = *body;
    message.createdAt = q.value(5).toDateTime().toUTC();
    message.seq = q.value(6).toLongLong();
    return message;
}

ServiceError inquiryNotFound()
{
    return {ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
}

// Every row, or "unavailable" when one cannot be read (a text that does not decrypt).
template<typename T, typename Read>
Result<QList<T>> readAll(QSqlQuery &query, Read read)
{
    QList<T> rows;
    while (query.next()) {
        auto row = read(query);
        if (!row)
            return unavailable();
        rows.append(std::move(*row));
    }
    return rows;
}

// Claims an advisor's idempotency key for the reply being written, or finds the reply that claimed it first
// (waiting for that one's transaction to end if it is still running).
struct KeyClaim {
    bool ok = false;
    std::optional<qint64> firstReply; // set: a repeat, nothing to write
};

KeyClaim claimReplyKey(QSqlDatabase db, qint64 advisorId, const QUuid &idempotencyKey, const QDateTime &now)
{
    QSqlQuery query(db);
    const QString key = idempotencyKey.toString(QUuid::WithoutBraces);
    if (!runQuery(query, QStringLiteral("INSERT INTO reply_keys (advisor_id, idempotency_key, created_at) VALUES (?, ?::uuid, ?) "
                                        "ON CONFLICT DO NOTHING"), {advisorId, key, now.toUTC()}))
        return {};
    if (query.numRowsAffected() > 0)
        return {true, std::nullopt};
    if (!runQuery(query, QStringLiteral("SELECT message_id FROM reply_keys WHERE advisor_id = ? AND idempotency_key = ?::uuid"), {advisorId, key})
        || !query.next() || query.value(0).isNull())
        return {};
    return {true, query.value(0).toLongLong()};
}

} // namespace

InquiryStore::InquiryStore(Database &database) : m_database(database), m_keys(database) {}

// One statement, so one round trip and atomic without BEGIN/COMMIT: the number (derived from the transaction's id;
// readers hand it out only once every older transaction has ended, so taking it locks nothing), the inquiry, its
// first message, where it was routed and the NOTIFY (delivered at commit, dropped on failure). No row comes back
// when the customer or the topic does not exist.
// Routing: the topic's team, owned by the customer's fixed advisor if they have one. While that advisor is absent
// the inquiry waits unowned in the advisor's own team queue instead, held for them (the colleagues who stand in
// for them, and whose lead planned the absence), and the routing event says until when they are away; the
// absence sweep gives it back to them (AbsenceStore::returnHeldInquiries).
Result<Inquiry> InquiryStore::createInquiry(qint64 customerId, qint64 topicId, const QString &subject, const QString &body,
                                            const QDateTime &now)
{
    const QDateTime at = now.toUTC();
    QSqlQuery query(m_database.connection());
    // The id is bound into the texts' associated data, so it is taken before they are sealed (one more round trip).
    if (!runQuery(query, QStringLiteral("SELECT nextval('inquiries_id_seq')")) || !query.next())
        return unavailable();
    const qint64 id = query.value(0).toLongLong();
    const auto key = m_keys.create(id);
    const auto sealedSubject = key ? key->cipher.seal(InquiryCipher::Field::Subject, subject) : std::nullopt;
    const auto sealedBody = key ? key->cipher.seal(InquiryCipher::Field::Body, body) : std::nullopt;
    if (!sealedSubject || !sealedBody)
        return unavailable();
    const int epoch = key->wrapped.epoch;
    if (!runQuery(query, QStringLiteral(
            "WITH number AS (SELECT confidant_change_number() AS seq), ") + InquiryKeys::registerEpoch() + QStringLiteral(", "
            "fixed AS (SELECT c.id AS customer_id, c.fixed_advisor_id, a.team_id AS advisor_team, a.display_name AS advisor_name, "
            "  (SELECT max(ab.ends_at) FROM advisor_absences ab WHERE ab.advisor_id = c.fixed_advisor_id AND ab.starts_at <= ? "
            "   AND ab.ends_at > ?) AS absent_until "
            "  FROM customers c LEFT JOIN advisors a ON a.id = c.fixed_advisor_id WHERE c.id = ?), "
            "inquiry AS (INSERT INTO inquiries (id, customer_id, topic_id, team_id, assigned_advisor_id, held_for_advisor_id, subject_sealed, "
            "  state, created_at, waiting_since, last_activity_at, seq) "
            "  SELECT ?, f.customer_id, t.id, CASE WHEN f.absent_until IS NULL THEN t.team_id ELSE f.advisor_team END, "
            "  CASE WHEN f.absent_until IS NULL THEN f.fixed_advisor_id END, CASE WHEN f.absent_until IS NOT NULL THEN f.fixed_advisor_id END, "
            "  ?, 'awaiting_advisor', ?, ?, ?, number.seq FROM fixed f, topics t, number WHERE t.id = ? "
            "  RETURNING id, seq, team_id, assigned_advisor_id, created_at), "
            "data_key AS (INSERT INTO inquiry_keys (inquiry_id, epoch, wrapped_key) SELECT inquiry.id, ?, ? FROM inquiry RETURNING 1), "
            "message AS (INSERT INTO messages (inquiry_id, author, body_sealed, created_at, seq) "
            "  SELECT inquiry.id, 'customer', ?, ?, inquiry.seq FROM inquiry RETURNING id), "
            "routed AS (INSERT INTO inquiry_events (inquiry_id, kind, from_advisor_id, to_advisor_id, to_team_id, absent_until, at, seq) "
            "  SELECT inquiry.id, 'routed', CASE WHEN fixed.absent_until IS NOT NULL THEN fixed.fixed_advisor_id END, "
            "  inquiry.assigned_advisor_id, inquiry.team_id, fixed.absent_until, inquiry.created_at, inquiry.seq FROM inquiry, fixed RETURNING id) "
            "SELECT inquiry.id, pg_notify('confidant_changes', inquiry.seq::text), (SELECT count(*) FROM message), "
            "(SELECT count(*) FROM routed) FROM inquiry"),
                  {epoch, epoch, at, at, customerId, id, *sealedSubject, at, at, at, topicId, epoch, key->wrapped.bytes, *sealedBody, at}))
        return unavailable();
    if (!query.next())
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This topic does not exist."))};
    const auto created = find(id);
    return created ? Result<Inquiry>(*created) : Result<Inquiry>(unavailable());
}

Result<Message> InquiryStore::addCustomerMessage(qint64 customerId, qint64 inquiryId, const QString &body, const QDateTime &now)
{
    return addMessage({inquiryId, customerId, std::nullopt, std::nullopt, body, now, QUuid(), {}});
}

Result<Message> InquiryStore::addAdvisorReply(const AdvisorProfile &advisor, qint64 inquiryId, const QString &body, const QDateTime &now,
                                              const QUuid &idempotencyKey)
{
    return addMessage({inquiryId, std::nullopt, advisor.id, advisor, body, now, idempotencyKey, {}});
}

// The body is sealed with the inquiry's data key before the transaction: the key never changes (a rotation only
// wraps it anew), and an inquiry without one does not exist.
Result<Message> InquiryStore::addMessage(const MessageDraft &plain)
{
    const auto cipher = m_keys.load(plain.inquiryId);
    if (!cipher)
        return cipher.error();
    if (!cipher.value())
        return inquiryNotFound();
    const auto sealed = cipher.value()->seal(InquiryCipher::Field::Body, plain.body);
    if (!sealed)
        return unavailable();
    MessageDraft draft = plain;
    draft.sealedBody = *sealed;
    // Overtaking needs three writers on one inquiry at once; a few new starts are plenty.
    constexpr int attempts = 5;
    qint64 messageId = 0;
    MessageWrite outcome = MessageWrite::Overtaken;
    for (int attempt = 0; attempt < attempts && outcome == MessageWrite::Overtaken; ++attempt)
        outcome = writeMessage(draft, &messageId);
    if (outcome == MessageWrite::NotFound)
        return inquiryNotFound();
    if (outcome == MessageWrite::Overtaken)
        qCWarning(lcStore) << "inquiry" << draft.inquiryId << "kept being overtaken by newer writers; the message was not written";
    QSqlQuery query(m_database.connection());
    if (outcome != MessageWrite::Written || !runQuery(query, selectMessage + QStringLiteral("WHERE m.id = ?"), {messageId}) || !query.next())
        return unavailable();
    const auto message = readMessage(query, m_keys);
    return message ? Result<Message>(*message) : Result<Message>(unavailable());
}

// One transaction: the message, the inquiry's new state and number, and the reply key if there is one.
InquiryStore::MessageWrite InquiryStore::writeMessage(const MessageDraft &draft, qint64 *messageId)
{
    MessageWrite outcome = MessageWrite::Failed;
    const bool ok = m_database.inTransaction([&] {
        QSqlQuery query(m_database.connection());
        // The inquiry's row lock first, before anything else gives the transaction an id (changeNumberAbove).
        // Writers of one inquiry queue here; a repeat of a reply key waits here for the first reply to commit.
        const bool locked = draft.customerId
            ? runQuery(query, QStringLiteral("SELECT id FROM inquiries WHERE id = ? AND customer_id = ? FOR UPDATE"),
                       {draft.inquiryId, *draft.customerId})
            : runQuery(query, QStringLiteral("SELECT i.id FROM inquiries i WHERE i.id = ? AND ") + AdvisorScope::condition()
                                  + QStringLiteral(" FOR UPDATE"),
                       QVariantList() << draft.inquiryId << AdvisorScope(*draft.advisor).values());
        if (!locked)
            return false;
        if (!query.next()) {
            outcome = MessageWrite::NotFound;
            return false;
        }
        if (!draft.idempotencyKey.isNull()) {
            const KeyClaim claim = claimReplyKey(m_database.connection(), *draft.advisorId, draft.idempotencyKey, draft.now);
            if (claim.firstReply)
                *messageId = *claim.firstReply; // a repeat: nothing new to write
            if (!claim.ok || claim.firstReply)
                return claim.ok;
        }
        bool overtaken = false;
        const bool written = insertMessage(draft, messageId, &overtaken);
        if (overtaken) {
            qCDebug(lcStore) << "inquiry" << draft.inquiryId << "was changed by a newer transaction meanwhile; starting again";
            outcome = MessageWrite::Overtaken;
        }
        return written;
    });
    return ok ? MessageWrite::Written : outcome;
}

// One statement after the row lock: the number, the message, the inquiry's new state, the reply key's message and
// the NOTIFY. Nothing is written when the number is not above the inquiry's current one (`overtaken`, see below).
bool InquiryStore::insertMessage(const MessageDraft &draft, qint64 *messageId, bool *overtaken)
{
    // The inquiry's seq must only grow: clients ignore a state older than one they have, and they learn states
    // outside the feed too (a reply's answer, a thread fetch). The row lock usually gives the transaction its id
    // only after the previous holder committed; but a waiter behind another waiter may get its id while it waits
    // (PostgreSQL follows the row's update chain) and then be overtaken by a newer transaction: then no number.
    // Writing to a closed inquiry reopens it, and an advisor's reply to one nobody owns claims it: both are
    // ownership events (the `before` row is the state ahead of this statement).
    static const QString numbered = QStringLiteral(
        "WITH before AS (SELECT state, assigned_advisor_id, team_id FROM inquiries WHERE id = ?), "
        "number AS (SELECT n AS seq FROM (SELECT confidant_change_number() AS n) own "
        "  WHERE n > (SELECT seq FROM inquiries WHERE id = ?)), "
        "message AS (INSERT INTO messages (inquiry_id, author, advisor_id, body_sealed, created_at, seq) "
        "  SELECT ?, ?, ?, ?, ?, number.seq FROM number RETURNING id, seq), "
        "key AS (UPDATE reply_keys SET message_id = message.id FROM message WHERE advisor_id = ? AND idempotency_key = ?::uuid RETURNING 1), "
        "events AS (INSERT INTO inquiry_events (inquiry_id, kind, actor_advisor_id, from_advisor_id, to_advisor_id, from_team_id, "
        "  to_team_id, at, seq) "
        "  SELECT ?, kinds.kind, ?, before.assigned_advisor_id, coalesce(before.assigned_advisor_id, ?), before.team_id, before.team_id, ?, "
        "  message.seq FROM before, message, (VALUES ('reopened'), ('claimed')) kinds (kind) "
        "  WHERE (kinds.kind = 'reopened' AND before.state = 'closed') "
        "     OR (kinds.kind = 'claimed' AND ? AND before.assigned_advisor_id IS NULL) RETURNING 1), "
        "inquiry AS (UPDATE inquiries SET %1, closed_at = NULL, seq = message.seq FROM message WHERE inquiries.id = ? RETURNING 1) "
        "SELECT message.id, pg_notify('confidant_changes', message.seq::text), (SELECT count(*) FROM key), (SELECT count(*) FROM events), "
        "(SELECT count(*) FROM inquiry) FROM message");
    static const QString advisorReply = numbered.arg(QStringLiteral(
        "state = 'awaiting_customer', waiting_since = NULL, last_activity_at = ?, assigned_advisor_id = coalesce(assigned_advisor_id, ?), "
        "held_for_advisor_id = NULL, first_response_at = coalesce(first_response_at, ?), "
        "first_response_advisor_id = CASE WHEN first_response_at IS NULL THEN ? ELSE first_response_advisor_id END"));
    static const QString customerMessage = numbered.arg(QStringLiteral(
        "state = 'awaiting_advisor', waiting_since = coalesce(waiting_since, ?), last_activity_at = ?"));
    const QVariant advisor = draft.advisorId ? QVariant(*draft.advisorId) : QVariant(QMetaType::fromType<qint64>());
    const QVariant key = draft.idempotencyKey.isNull() ? QVariant(QMetaType::fromType<QString>())
                                                       : QVariant(draft.idempotencyKey.toString(QUuid::WithoutBraces));
    const QString author = draft.advisorId ? QStringLiteral("advisor") : QStringLiteral("customer");
    const QDateTime now = draft.now.toUTC();
    QSqlQuery query(m_database.connection());
    const QVariantList common{draft.inquiryId, draft.inquiryId, draft.inquiryId, author, advisor, draft.sealedBody, now, advisor, key,
                              draft.inquiryId, advisor, advisor, now, draft.advisorId.has_value()};
    const bool ran = draft.advisorId ? runQuery(query, advisorReply, QVariantList(common) << now << advisor << now << advisor << draft.inquiryId)
                                     : runQuery(query, customerMessage, QVariantList(common) << now << now << draft.inquiryId);
    if (!ran)
        return false;
    *overtaken = !query.next();
    if (*overtaken)
        return false;
    *messageId = query.value(0).toLongLong();
    return true;
}

Result<QList<Inquiry>> InquiryStore::listForCustomer(qint64 customerId, const QString &language) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectInquiryInLanguage + QStringLiteral("WHERE i.customer_id = ? ORDER BY i.last_activity_at DESC, i.id DESC"),
                  {language, customerId}))
        return unavailable();
    return readAll<Inquiry>(query, [this](const QSqlQuery &q) { return readInquiry(q, m_keys); });
}

Result<std::optional<Inquiry>> InquiryStore::findForCustomer(qint64 customerId, qint64 inquiryId, const QString &language) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectInquiryInLanguage + QStringLiteral("WHERE i.id = ? AND i.customer_id = ?"), {language, inquiryId, customerId}))
        return unavailable();
    return oneInquiry(query);
}

Result<std::optional<Inquiry>> InquiryStore::findForAdvisor(const AdvisorScope &scope, qint64 inquiryId) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectInquiry + QStringLiteral("WHERE i.id = ? AND ") + AdvisorScope::condition(),
                  QVariantList() << inquiryId << scope.values()))
        return unavailable();
    return oneInquiry(query);
}

std::optional<Inquiry> InquiryStore::find(qint64 inquiryId) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectInquiry + QStringLiteral("WHERE i.id = ?"), {inquiryId}) || !query.next())
        return std::nullopt;
    return readInquiry(query, m_keys);
}

Result<QList<InquiryEvent>> InquiryStore::events(qint64 inquiryId) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral(
            "SELECT e.id, e.kind, coalesce(actor.display_name, ''), coalesce(from_a.display_name, ''), coalesce(to_a.display_name, ''), "
            "coalesce(from_t.name, ''), coalesce(to_t.name, ''), coalesce(e.note, ''), e.at, e.absent_until FROM inquiry_events e "
            "LEFT JOIN advisors actor ON actor.id = e.actor_advisor_id LEFT JOIN advisors from_a ON from_a.id = e.from_advisor_id "
            "LEFT JOIN advisors to_a ON to_a.id = e.to_advisor_id LEFT JOIN teams from_t ON from_t.id = e.from_team_id "
            "LEFT JOIN teams to_t ON to_t.id = e.to_team_id WHERE e.inquiry_id = ? ORDER BY e.id"), {inquiryId}))
        return unavailable();
    return readAll<InquiryEvent>(query, [](const QSqlQuery &q) -> std::optional<InquiryEvent> {
        InquiryEvent event{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                           q.value(8).toDateTime().toUTC(), std::nullopt};
        if (!q.value(9).isNull())
            event.absentUntil = q.value(9).toDateTime().toUTC();
        return event;
    });
}

Result<QList<Message>> InquiryStore::messages(qint64 inquiryId) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectMessage + QStringLiteral("WHERE m.inquiry_id = ? ORDER BY m.id"), {inquiryId}))
        return unavailable();
    return readAll<Message>(query, [this](const QSqlQuery &q) { return readMessage(q, m_keys); });
}

// Waiting in the team's queue, or the shared one of topics without a team: nobody owns it yet.
Result<QList<Inquiry>> InquiryStore::teamQueue(qint64 teamId, int limit) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectInquiry + QStringLiteral("WHERE (i.team_id = ? OR i.team_id IS NULL) AND i.assigned_advisor_id IS NULL "
                                                        "AND i.state = 'awaiting_advisor' ORDER BY i.waiting_since, i.id LIMIT ?"), {teamId, limit}))
        return unavailable();
    return readAll<Inquiry>(query, [this](const QSqlQuery &q) { return readInquiry(q, m_keys); });
}

// The first row's inquiry, if there is one; "unavailable" when it does not decrypt.
Result<std::optional<Inquiry>> InquiryStore::oneInquiry(QSqlQuery &query) const
{
    if (!query.next())
        return std::optional<Inquiry>();
    auto inquiry = readInquiry(query, m_keys);
    if (!inquiry)
        return unavailable();
    return inquiry;
}

Result<ChangeBatch> InquiryStore::changesSince(qint64 since, int limit) const
{
    return withTombstones(readChanges(inquiryColumnsFrom, {}, {}, since, limit, nullptr));
}

// The same for one advisor: the inquiries in their scope, and the ids of those that left it (AdvisorScope).
Result<ChangeBatch> InquiryStore::changesSince(const AdvisorScope &scope, qint64 since, int limit) const
{
    const QString inScopeOrLeft = QStringLiteral("AND (%1 OR %2) ").arg(AdvisorScope::condition(), AdvisorScope::touchedSince());
    return withTombstones(readChanges(inquiryColumnsWithVisibilityFrom, scope.values(), inScopeOrLeft, since, limit, &scope));
}

// Deleted inquiries (DeletionService) go to every reader as removed ids, whatever their scope was: only the id,
// and a client that never had it ignores it. Read after the page, in a statement of its own: the cursor lies below
// the horizon, and every tombstone below the horizon is settled, so this later snapshot sees all of (since,
// cursor]. A first sync (since 0) has nothing to drop.
Result<ChangeBatch> InquiryStore::withTombstones(Result<ChangeBatch> batch) const
{
    if (!batch || batch->since == 0 || batch->cursor <= batch->since)
        return batch;
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT inquiry_id FROM inquiry_tombstones WHERE seq > ? AND seq <= ? ORDER BY seq, inquiry_id"),
                  {batch->since, batch->cursor}))
        return unavailable();
    while (query.next())
        batch.value().removed.append(query.value(0).toLongLong());
    return batch;
}

// One statement, so the horizon and the rows come from one snapshot. Read in a separate statement (READ COMMITTED
// takes a snapshot per statement), the horizon could be newer than the rows: a transaction that committed in
// between would lie below it without being in the rows, and the cursor would pass it for ever.
// The horizon is evaluated once (a one-row CTE); the page is joined to it laterally so that an empty page still
// returns it, in the last column.
Result<ChangeBatch> InquiryStore::readChanges(const QString &columnsFrom, const QVariantList &selectValues, const QString &filter,
                                              qint64 since, int limit, const AdvisorScope *scope) const
{
    QVariantList values = selectValues;
    values << since;
    if (scope)
        values << scope->values() << scope->touchedValues(since);
    values << limit + 1;
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("WITH horizon AS MATERIALIZED (SELECT h.value, EXISTS (SELECT 1 FROM inquiries WHERE seq >= h.value) "
                                        "AS held FROM (SELECT confidant_change_horizon() AS value) h) "
                                        "SELECT page.*, horizon.value, horizon.held FROM horizon LEFT JOIN LATERAL (")
                      // The page is cut from the inquiries alone, in the order of their index, before anything is
                      // joined: otherwise the planner may join every row after `since` and sort them for each page.
                      + columnsFrom.arg(QStringLiteral("(SELECT * FROM inquiries i WHERE i.seq > ? AND i.seq < horizon.value ") + filter
                                        + QStringLiteral("ORDER BY i.seq, i.id LIMIT ?)"))
                      + QStringLiteral("ORDER BY i.seq, i.id) page ON true"),
                  values)
        || !query.next())
        return unavailable();
    const int horizonColumn = query.record().count() - 2;
    const qint64 horizon = query.value(horizonColumn).toLongLong();
    const bool heldBack = query.value(horizonColumn + 1).toBool();
    Rows rows;
    if (!query.value(0).isNull()) {
        do
            rows.append(query, scope != nullptr, m_keys);
        while (query.next());
    }
    if (rows.unreadable)
        return unavailable();
    auto batch = pageOfChanges(since, limit, horizon, std::move(rows), scope);
    if (batch)
        batch.value().heldBack = heldBack;
    return batch;
}

void InquiryStore::Rows::append(const QSqlQuery &query, bool withVisibility, const InquiryKeys &keys)
{
    auto inquiry = readInquiry(query, keys);
    if (!inquiry) {
        unreadable = true;
        return;
    }
    inquiries.append(std::move(*inquiry));
    if (withVisibility && !query.value(visibilityColumn).toBool())
        hidden.insert(inquiries.last().id);
}

// A page never ends inside one change number: the client's cursor says "everything up to here", so a number is
// handed out whole or not at all.
Result<ChangeBatch> InquiryStore::pageOfChanges(qint64 since, int limit, qint64 horizon, Rows rows, const AdvisorScope *scope) const
{
    ChangeBatch batch{since, since, rows.inquiries.size() > limit, {}, {}};
    if (!batch.hasMore) {
        // Every number below the horizon is settled: an idle reader moves past rolled-back transactions' numbers.
        batch.cursor = std::max(since, horizon - 1);
        return std::move(rows).into(std::move(batch));
    }
    const qint64 split = rows.inquiries.at(limit).seq;
    rows.inquiries.resize(limit);
    while (!rows.inquiries.isEmpty() && rows.inquiries.last().seq == split)
        rows.inquiries.removeLast();
    if (rows.inquiries.isEmpty())
        return wholeChange(since, split, scope);
    batch.cursor = rows.inquiries.last().seq;
    return std::move(rows).into(std::move(batch));
}

// Out of scope rows go out as their ids only.
ChangeBatch InquiryStore::Rows::into(ChangeBatch batch) &&
{
    for (Inquiry &inquiry : inquiries) {
        if (hidden.contains(inquiry.id))
            batch.removed.append(inquiry.id);
        else
            batch.inquiries.append(std::move(inquiry));
    }
    return batch;
}

// More inquiries share one number than fit on a page: that number's rows go out together on a longer page.
// The number lies below the horizon, so its transaction has ended and its rows are settled (a newer change may
// have moved some of them on to a higher number, where the feed brings them later).
Result<ChangeBatch> InquiryStore::wholeChange(qint64 since, qint64 seq, const AdvisorScope *scope) const
{
    QSqlQuery query(m_database.connection());
    const bool ran = scope
        ? runQuery(query, selectInquiryWithVisibility + QStringLiteral("WHERE i.seq = ? AND (%1 OR %2) ORDER BY i.id")
                              .arg(AdvisorScope::condition(), AdvisorScope::touchedSince()),
                   QVariantList() << scope->values() << seq << scope->values() << scope->touchedValues(since))
        : runQuery(query, selectInquiry + QStringLiteral("WHERE i.seq = ? ORDER BY i.id"), {seq});
    if (!ran)
        return unavailable();
    Rows rows;
    while (query.next())
        rows.append(query, scope != nullptr, m_keys);
    if (rows.unreadable)
        return unavailable();
    return std::move(rows).into(ChangeBatch{since, seq, true, {}, {}});
}

int InquiryStore::forgetReplyKeysBefore(const QDateTime &cutoff)
{
    int forgotten = 0;
    m_database.runExclusively(Database::Job::ReplyKeySweep, [&] {
        QSqlQuery query(m_database.connection());
        if (!runQuery(query, QStringLiteral("DELETE FROM reply_keys WHERE created_at < ?"), {cutoff.toUTC()}))
            return false;
        forgotten = query.numRowsAffected();
        return true;
    });
    return forgotten;
}

Result<qint64> InquiryStore::changeHorizon() const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT confidant_change_horizon()")) || !query.next())
        return unavailable();
    return query.value(0).toLongLong();
}

qint64 InquiryStore::latestSequence() const
{
    const auto horizon = changeHorizon();
    return horizon ? horizon.value() - 1 : 0;
}

} // namespace confidant::server
