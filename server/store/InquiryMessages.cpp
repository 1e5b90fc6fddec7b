#include "store/InquiryMessages.h"

#include "store/AdvisorScope.h"
#include "store/Database.h"
#include "store/InquiryRows.h"
#include "store/SqlStatement.h"
#include "store/StoreLog.h"

namespace confidant::server {
namespace {

ServiceError inquiryNotFound()
{
    return {ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
}

// Claims an advisor's idempotency key for the reply being written, or finds the reply that claimed it first
// (waiting for that one's transaction to end if it is still running).
struct KeyClaim {
    bool ok = false;
    std::optional<qint64> firstReply; // set: a repeat, nothing to write
};

KeyClaim claimReplyKey(const Database &database, qint64 advisorId, const QUuid &idempotencyKey, const QDateTime &now)
{
    const QString key = idempotencyKey.toString(QUuid::WithoutBraces);
    const auto claimed = SqlStatement(database, QStringLiteral("INSERT INTO reply_keys (advisor_id, idempotency_key, created_at) "
                                                               "VALUES (:advisor, :key::uuid, :now) ON CONFLICT DO NOTHING"))
                             .bind(QStringLiteral("advisor"), advisorId)
                             .bind(QStringLiteral("key"), key)
                             .bind(QStringLiteral("now"), now)
                             .touchedARow();
    if (!claimed)
        return {};
    if (claimed.value())
        return {true, std::nullopt};
    const auto first = SqlStatement(database, QStringLiteral("SELECT message_id FROM reply_keys WHERE advisor_id = :advisor AND idempotency_key = :key::uuid"))
                           .bind(QStringLiteral("advisor"), advisorId)
                           .bind(QStringLiteral("key"), key)
                           .optionalRow([](const SqlRow &row) { return row.optionalId(0); });
    if (!first || !first.value() || !*first.value())
        return {};
    return {true, *first.value()};
}

} // namespace

InquiryMessages::InquiryMessages(Database &database) : m_database(database), m_keys(database) {}

Result<Message> InquiryMessages::addCustomerMessage(qint64 customerId, qint64 inquiryId, const QString &body, const QDateTime &now)
{
    return add({inquiryId, customerId, std::nullopt, body, now, QUuid(), {}});
}

Result<Message> InquiryMessages::addAdvisorReply(const AdvisorProfile &advisor, qint64 inquiryId, const QString &body, const QDateTime &now,
                                                 const QUuid &idempotencyKey)
{
    return add({inquiryId, std::nullopt, advisor, body, now, idempotencyKey, {}});
}

// The body is sealed with the inquiry's data key, loaded before the transaction: the key never changes (a rotation
// only wraps it anew), and an inquiry without one does not exist.
Result<Message> InquiryMessages::add(const Draft &plain)
{
    const auto cipher = m_keys.load(plain.inquiryId);
    if (!cipher)
        return cipher.error();
    if (!cipher.value())
        return inquiryNotFound();
    Draft draft = plain;
    // Overtaking needs three writers on one inquiry at once; a few new starts are plenty.
    constexpr int attempts = 5;
    qint64 messageId = 0;
    Write outcome = Write::Overtaken;
    for (int attempt = 0; attempt < attempts && outcome == Write::Overtaken; ++attempt)
        outcome = write(draft, *cipher.value(), &messageId);
    if (outcome == Write::NotFound)
        return inquiryNotFound();
    if (outcome == Write::Overtaken)
        qCWarning(lcStore) << "inquiry" << draft.inquiryId << "kept being overtaken by newer writers; the message was not written";
    if (outcome != Write::Written)
        return unavailable();
    return SqlStatement(m_database, InquiryRows::selectMessage() + QStringLiteral("WHERE m.id = :id"))
        .bind(QStringLiteral("id"), messageId)
        .oneRow([this](const SqlRow &row) { return InquiryRows::message(row, m_keys); }, unavailable());
}

// One transaction: the message, the inquiry's new state and number, and the reply key if there is one.
InquiryMessages::Write InquiryMessages::write(const Draft &plain, const InquiryCipher &cipher, qint64 *messageId)
{
    Draft draft = plain;
    Write outcome = Write::Failed;
    const bool ok = m_database.inTransaction([&] {
        bool found = false;
        if (!lockInquiry(draft, &found))
            return false;
        if (!found) {
            outcome = Write::NotFound;
            return false;
        }
        if (!draft.idempotencyKey.isNull()) {
            const KeyClaim claim = claimReplyKey(m_database, draft.advisor->id, draft.idempotencyKey, draft.now);
            if (claim.firstReply)
                *messageId = *claim.firstReply; // a repeat: nothing new to write
            if (!claim.ok || claim.firstReply)
                return claim.ok;
        }
        if (!seal(cipher, &draft))
            return false;
        bool overtaken = false;
        const bool written = insert(draft, messageId, &overtaken);
        if (overtaken) {
            qCDebug(lcStore) << "inquiry" << draft.inquiryId << "was changed by a newer transaction meanwhile; starting again";
            outcome = Write::Overtaken;
        }
        return written;
    });
    return ok ? Write::Written : outcome;
}

// The body is bound to the message's id and author, so the id is taken first; under the row lock, so the ids of
// one inquiry's messages keep the order in which their writers held it (the thread's order).
bool InquiryMessages::seal(const InquiryCipher &cipher, Draft *draft) const
{
    const auto id = SqlStatement(m_database, QStringLiteral("SELECT nextval('messages_id_seq')")).oneRow([](const SqlRow &row) { return row.id(0); },
                                                                                                      unavailable());
    const QByteArray author = draft->advisor ? QByteArrayLiteral("advisor") : QByteArrayLiteral("customer");
    const auto sealed = id ? cipher.seal(InquiryCipher::Field::Body, {id.value(), author}, draft->body) : std::nullopt;
    if (!sealed)
        return false;
    draft->messageId = id.value();
    draft->sealedBody = *sealed;
    return true;
}

// The inquiry's row lock first, before anything else gives the transaction an id (the change number). Writers of
// one inquiry queue here; a repeat of a reply key waits here for the first reply to commit.
bool InquiryMessages::lockInquiry(const Draft &draft, bool *found)
{
    SqlStatement lock(m_database, draft.customerId
                                      ? QStringLiteral("SELECT i.id FROM inquiries i WHERE i.id = :id AND i.customer_id = :customer FOR UPDATE")
                                      : QStringLiteral("SELECT i.id FROM inquiries i WHERE i.id = :id AND ") + AdvisorScope::condition()
                                            + QStringLiteral(" FOR UPDATE"));
    lock.bind(QStringLiteral("id"), draft.inquiryId);
    if (draft.customerId)
        lock.bind(QStringLiteral("customer"), *draft.customerId);
    else
        AdvisorScope(*draft.advisor).bindTo(lock);
    const auto locked = lock.touchedARow();
    *found = locked && locked.value();
    return bool(locked);
}

// One statement after the row lock: the number, the message, the inquiry's new state, the reply key's message and
// the NOTIFY. Nothing is written when the number is not above the inquiry's current one (`overtaken`, see below).
bool InquiryMessages::insert(const Draft &draft, qint64 *messageId, bool *overtaken)
{
    // The inquiry's seq must only grow: clients ignore a state older than one they have, and they learn states
    // outside the feed too (a reply's answer, a thread fetch). The row lock usually gives the transaction its id
    // only after the previous holder committed; but a waiter behind another waiter may get its id while it waits
    // (PostgreSQL follows the row's update chain) and then be overtaken by a newer transaction: then no number.
    // Writing to a closed inquiry reopens it, and an advisor's reply to one nobody owns claims it: both are
    // ownership events (the `before` row is the state ahead of this statement).
    static const QString numbered = QStringLiteral(
        "WITH before AS (SELECT state, assigned_advisor_id, team_id FROM inquiries WHERE id = :id), "
        "number AS (SELECT n AS seq FROM (SELECT confidant_change_number() AS n) own "
        "  WHERE n > (SELECT seq FROM inquiries WHERE id = :id)), "
        "message AS (INSERT INTO messages (id, inquiry_id, author, advisor_id, body_sealed, created_at, seq) "
        "  SELECT :message, :id, :author, :advisor, :body, :now, number.seq FROM number RETURNING id, seq), "
        "key AS (UPDATE reply_keys SET message_id = message.id FROM message WHERE advisor_id = :advisor AND idempotency_key = :key::uuid "
        "  RETURNING 1), "
        "events AS (INSERT INTO inquiry_events (inquiry_id, kind, actor_advisor_id, from_advisor_id, to_advisor_id, from_team_id, "
        "  to_team_id, at, seq) "
        "  SELECT :id, kinds.kind, :advisor, before.assigned_advisor_id, coalesce(before.assigned_advisor_id, :advisor), before.team_id, "
        "  before.team_id, :now, message.seq FROM before, message, (VALUES ('reopened'), ('claimed')) kinds (kind) "
        "  WHERE (kinds.kind = 'reopened' AND before.state = 'closed') "
        "     OR (kinds.kind = 'claimed' AND :is_reply AND before.assigned_advisor_id IS NULL) RETURNING 1), "
        "inquiry AS (UPDATE inquiries SET %1, closed_at = NULL, seq = message.seq FROM message WHERE inquiries.id = :id RETURNING 1) "
        "SELECT message.id, pg_notify('confidant_changes', message.seq::text), (SELECT count(*) FROM key), (SELECT count(*) FROM events), "
        "(SELECT count(*) FROM inquiry) FROM message");
    static const QString advisorReply = numbered.arg(QStringLiteral(
        "state = 'awaiting_customer', waiting_since = NULL, last_activity_at = :now, assigned_advisor_id = coalesce(assigned_advisor_id, :advisor), "
        "held_for_advisor_id = NULL, first_response_at = coalesce(first_response_at, :now), "
        "first_response_advisor_id = CASE WHEN first_response_at IS NULL THEN :advisor ELSE first_response_advisor_id END"));
    static const QString customerMessage = numbered.arg(QStringLiteral(
        "state = 'awaiting_advisor', waiting_since = coalesce(waiting_since, :now), last_activity_at = :now"));
    const std::optional<qint64> advisor = draft.advisor ? std::optional<qint64>(draft.advisor->id) : std::nullopt;
    SqlStatement statement(m_database, advisor ? advisorReply : customerMessage);
    statement.bind(QStringLiteral("id"), draft.inquiryId)
        .bind(QStringLiteral("message"), draft.messageId)
        .bind(QStringLiteral("author"), advisor ? QStringLiteral("advisor") : QStringLiteral("customer"))
        .bind(QStringLiteral("advisor"), advisor)
        .bind(QStringLiteral("body"), draft.sealedBody)
        .bind(QStringLiteral("now"), draft.now)
        .bind(QStringLiteral("is_reply"), advisor.has_value());
    if (draft.idempotencyKey.isNull())
        statement.bindNullText(QStringLiteral("key"));
    else
        statement.bind(QStringLiteral("key"), draft.idempotencyKey.toString(QUuid::WithoutBraces));
    if (!statement.run())
        return false;
    *overtaken = !statement.next();
    if (*overtaken)
        return false;
    *messageId = statement.row().id(0);
    return true;
}

Result<QList<Message>> InquiryMessages::of(qint64 inquiryId) const
{
    return SqlStatement(m_database, InquiryRows::selectMessage() + QStringLiteral("WHERE m.inquiry_id = :inquiry ORDER BY m.id"))
        .bind(QStringLiteral("inquiry"), inquiryId)
        .rows([this](const SqlRow &row) { return InquiryRows::message(row, m_keys); });
}

Result<KeysetPage<Message>> InquiryMessages::pageOf(qint64 inquiryId, const PageRequest &request) const
{
    SqlStatement statement(m_database, InquiryRows::selectMessage() + QStringLiteral("WHERE m.inquiry_id = :inquiry")
                                           + KeysetPaging::clause(request, QStringLiteral("m.id"), QStringLiteral(":id"), {QStringLiteral("m.id")}));
    statement.bind(QStringLiteral("inquiry"), inquiryId);
    KeysetPaging::bind(statement, request);
    const auto rows = statement.rows([this](const SqlRow &row) -> std::optional<std::pair<Message, PageKey>> {
        const auto message = InquiryRows::message(row, m_keys);
        if (!message)
            return std::nullopt;
        return std::make_pair(*message, PageKey{0, message->id});
    });
    if (!rows)
        return rows.error();
    return KeysetPaging::assemble(rows.value(), request, false);
}

Result<QList<Message>> InquiryMessages::ofCustomerInquiries(qint64 customerId, qint64 firstInquiryId, qint64 lastInquiryId) const
{
    return SqlStatement(m_database, InquiryRows::selectMessage()
                                        + QStringLiteral("WHERE i.customer_id = :customer AND m.inquiry_id BETWEEN :first AND :last "
                                                         "ORDER BY m.inquiry_id, m.id"))
        .bind(QStringLiteral("customer"), customerId)
        .bind(QStringLiteral("first"), firstInquiryId)
        .bind(QStringLiteral("last"), lastInquiryId)
        .rows([this](const SqlRow &row) { return InquiryRows::message(row, m_keys); });
}

int InquiryMessages::forgetReplyKeysBefore(const QDateTime &cutoff)
{
    int forgotten = 0;
    m_database.runExclusively(Database::Job::ReplyKeySweep, [&] {
        SqlStatement statement(m_database, QStringLiteral("DELETE FROM reply_keys WHERE created_at < :cutoff"));
        if (!statement.bind(QStringLiteral("cutoff"), cutoff).run())
            return false;
        forgotten = statement.rowsAffected();
        return true;
    });
    return forgotten;
}

} // namespace confidant::server
