#include "store/InquiryStore.h"

#include "store/AdvisorScope.h"
#include "store/Database.h"
#include "store/InquiryRows.h"
#include "store/SqlStatement.h"
#include "store/StoreLog.h"

namespace confidant::server {
namespace {

// The note opens with the inquiry's key, bound to the event's row; one that does not is "unavailable" (logged).
std::optional<InquiryEvent> readEvent(const SqlRow &row, const InquiryKeys &keys)
{
    QString note;
    if (!row.isNull(7)) {
        const qint64 inquiryId = row.id(10);
        const auto cipher = keys.fromRow(inquiryId, row.value(11), row.value(12));
        const auto opened = cipher ? cipher->open(InquiryCipher::Field::EventNote, {row.id(0), {}}, row.bytes(7)) : std::nullopt;
        if (!opened) {
            qCCritical(lcStore) << "the note of event" << row.id(0) << "of inquiry" << inquiryId << "cannot be decrypted";
            return std::nullopt;
        }
        note = *opened;
    }
    return InquiryEvent{row.id(0),   row.text(1), row.text(2), row.text(3), row.text(4), row.text(5),
                        row.text(6), note,        row.time(8), row.optionalTime(9)};
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
    // The ids are bound into the texts' associated data, so they are taken before they are sealed (one more round
    // trip).
    const auto ids = SqlStatement(m_database, QStringLiteral("SELECT nextval('inquiries_id_seq'), nextval('messages_id_seq')"))
                         .oneRow([](const SqlRow &row) { return std::make_pair(row.id(0), row.id(1)); }, unavailable());
    if (!ids)
        return ids.error();
    const auto id = ids.value().first;
    const auto key = m_keys.create(id);
    const auto sealedSubject = key ? key->cipher.seal(InquiryCipher::Field::Subject, subject) : std::nullopt;
    const auto sealedBody = key ? key->cipher.seal(InquiryCipher::Field::Body, {ids.value().second, "customer"}, body) : std::nullopt;
    if (!sealedSubject || !sealedBody)
        return unavailable();
    SqlStatement statement(m_database, QStringLiteral(
        "WITH number AS (SELECT confidant_change_number() AS seq), ") + InquiryKeys::registerEpoch() + QStringLiteral(", "
        "fixed AS (SELECT c.id AS customer_id, c.fixed_advisor_id, a.team_id AS advisor_team, a.display_name AS advisor_name, "
        "  (SELECT max(ab.ends_at) FROM advisor_absences ab WHERE ab.advisor_id = c.fixed_advisor_id AND ab.starts_at <= :now "
        "   AND ab.ends_at > :now) AS absent_until "
        "  FROM customers c LEFT JOIN advisors a ON a.id = c.fixed_advisor_id WHERE c.id = :customer), "
        "inquiry AS (INSERT INTO inquiries (id, customer_id, topic_id, team_id, assigned_advisor_id, held_for_advisor_id, subject_sealed, "
        "  state, created_at, waiting_since, last_activity_at, seq) "
        "  SELECT :id, f.customer_id, t.id, CASE WHEN f.absent_until IS NULL THEN t.team_id ELSE f.advisor_team END, "
        "  CASE WHEN f.absent_until IS NULL THEN f.fixed_advisor_id END, CASE WHEN f.absent_until IS NOT NULL THEN f.fixed_advisor_id END, "
        "  :subject, 'awaiting_advisor', :now, :now, :now, number.seq FROM fixed f, topics t, number WHERE t.id = :topic "
        "  RETURNING id, seq, team_id, assigned_advisor_id, created_at), "
        "data_key AS (INSERT INTO inquiry_keys (inquiry_id, epoch, wrapped_key) SELECT inquiry.id, :epoch, :wrapped_key FROM inquiry RETURNING 1), "
        "message AS (INSERT INTO messages (id, inquiry_id, author, body_sealed, created_at, seq) "
        "  SELECT :message, inquiry.id, 'customer', :body, :now, inquiry.seq FROM inquiry RETURNING id), "
        "routed AS (INSERT INTO inquiry_events (inquiry_id, kind, from_advisor_id, to_advisor_id, to_team_id, absent_until, at, seq) "
        "  SELECT inquiry.id, 'routed', CASE WHEN fixed.absent_until IS NOT NULL THEN fixed.fixed_advisor_id END, "
        "  inquiry.assigned_advisor_id, inquiry.team_id, fixed.absent_until, inquiry.created_at, inquiry.seq FROM inquiry, fixed RETURNING id) "
        "SELECT inquiry.id, pg_notify('confidant_changes', inquiry.seq::text), (SELECT count(*) FROM message), "
        "(SELECT count(*) FROM routed) FROM inquiry"));
    statement.bind(QStringLiteral("epoch"), key->wrapped.epoch).bind(QStringLiteral("now"), now).bind(QStringLiteral("customer"), customerId)
        .bind(QStringLiteral("id"), id).bind(QStringLiteral("message"), ids.value().second)
        .bind(QStringLiteral("subject"), *sealedSubject).bind(QStringLiteral("topic"), topicId)
        .bind(QStringLiteral("wrapped_key"), key->wrapped.bytes).bind(QStringLiteral("body"), *sealedBody);
    const auto written = statement.touchedARow();
    if (!written)
        return written.error();
    if (!written.value())
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This topic does not exist."))};
    const auto created = find(id);
    return created ? Result<Inquiry>(*created) : Result<Inquiry>(unavailable());
}

Result<QList<Inquiry>> InquiryStore::listForCustomer(qint64 customerId, const QString &language) const
{
    return SqlStatement(m_database, InquiryRows::selectInquiryInLanguage()
                                        + QStringLiteral("WHERE i.customer_id = :customer ORDER BY i.last_activity_at DESC, i.id DESC"))
        .bind(QStringLiteral("language"), language)
        .bind(QStringLiteral("customer"), customerId)
        .rows([this](const SqlRow &row) { return InquiryRows::inquiry(row, m_keys); });
}

Result<KeysetPage<Inquiry>> InquiryStore::pageForCustomer(qint64 customerId, const PageRequest &request, const QString &language) const
{
    SqlStatement statement(m_database, InquiryRows::selectInquiryPageInLanguage() + QStringLiteral("WHERE i.customer_id = :customer")
                                           + KeysetPaging::clause(request, QStringLiteral("(i.last_activity_at, i.id)"),
                                                                  QStringLiteral("(timestamptz 'epoch' + :position * interval '1 microsecond', :id)"),
                                                                  {QStringLiteral("i.last_activity_at"), QStringLiteral("i.id")}));
    statement.bind(QStringLiteral("language"), language).bind(QStringLiteral("customer"), customerId);
    KeysetPaging::bind(statement, request);
    const auto rows = statement.rows([this](const SqlRow &row) -> std::optional<std::pair<Inquiry, PageKey>> {
        const auto inquiry = InquiryRows::inquiry(row, m_keys);
        if (!inquiry)
            return std::nullopt;
        return std::make_pair(*inquiry, PageKey{row.id(InquiryRows::pageKeyColumn), inquiry->id});
    });
    if (!rows)
        return rows.error();
    return KeysetPaging::assemble(rows.value(), request, true);
}

Result<QList<Inquiry>> InquiryStore::customerInquiriesAfter(qint64 customerId, qint64 afterId, int limit, const QString &language) const
{
    return SqlStatement(m_database, InquiryRows::selectInquiryInLanguage()
                                        + QStringLiteral("WHERE i.customer_id = :customer AND i.id > :after ORDER BY i.id LIMIT :limit"))
        .bind(QStringLiteral("language"), language)
        .bind(QStringLiteral("customer"), customerId)
        .bind(QStringLiteral("after"), afterId)
        .bind(QStringLiteral("limit"), limit)
        .rows([this](const SqlRow &row) { return InquiryRows::inquiry(row, m_keys); });
}

Result<std::optional<Inquiry>> InquiryStore::findForCustomer(qint64 customerId, qint64 inquiryId, const QString &language) const
{
    return SqlStatement(m_database, InquiryRows::selectInquiryInLanguage() + QStringLiteral("WHERE i.id = :id AND i.customer_id = :customer"))
        .bind(QStringLiteral("language"), language)
        .bind(QStringLiteral("id"), inquiryId)
        .bind(QStringLiteral("customer"), customerId)
        .optionalRow([this](const SqlRow &row) { return InquiryRows::inquiry(row, m_keys); });
}

Result<std::optional<Inquiry>> InquiryStore::findForAdvisor(const AdvisorScope &scope, qint64 inquiryId) const
{
    SqlStatement statement(m_database, InquiryRows::selectInquiry() + QStringLiteral("WHERE i.id = :id AND ") + AdvisorScope::condition());
    statement.bind(QStringLiteral("id"), inquiryId);
    scope.bindTo(statement);
    return statement.optionalRow([this](const SqlRow &row) { return InquiryRows::inquiry(row, m_keys); });
}

std::optional<Inquiry> InquiryStore::find(qint64 inquiryId) const
{
    const auto found = SqlStatement(m_database, InquiryRows::selectInquiry() + QStringLiteral("WHERE i.id = :id"))
                           .bind(QStringLiteral("id"), inquiryId)
                           .optionalRow([this](const SqlRow &row) { return InquiryRows::inquiry(row, m_keys); });
    return found ? found.value() : std::nullopt;
}

Result<QList<InquiryEvent>> InquiryStore::events(qint64 inquiryId) const
{
    return SqlStatement(m_database, QStringLiteral(
        "SELECT e.id, e.kind, coalesce(actor.display_name, ''), coalesce(from_a.display_name, ''), coalesce(to_a.display_name, ''), "
        "coalesce(from_t.name, ''), coalesce(to_t.name, ''), e.note_sealed, e.at, e.absent_until, e.inquiry_id, k.epoch, k.wrapped_key "
        "FROM inquiry_events e JOIN inquiry_keys k ON k.inquiry_id = e.inquiry_id "
        "LEFT JOIN advisors actor ON actor.id = e.actor_advisor_id LEFT JOIN advisors from_a ON from_a.id = e.from_advisor_id "
        "LEFT JOIN advisors to_a ON to_a.id = e.to_advisor_id LEFT JOIN teams from_t ON from_t.id = e.from_team_id "
        "LEFT JOIN teams to_t ON to_t.id = e.to_team_id WHERE e.inquiry_id = :inquiry ORDER BY e.id"))
        .bind(QStringLiteral("inquiry"), inquiryId)
        .rows([this](const SqlRow &row) { return readEvent(row, m_keys); });
}

// Waiting in the team's queue, or the shared one of topics without a team: nobody owns it yet.
Result<QList<Inquiry>> InquiryStore::teamQueue(qint64 teamId, int limit) const
{
    return SqlStatement(m_database, InquiryRows::selectInquiry()
                                        + QStringLiteral("WHERE (i.team_id = :team OR i.team_id IS NULL) AND i.assigned_advisor_id IS NULL "
                                                         "AND i.state = 'awaiting_advisor' ORDER BY i.waiting_since, i.id LIMIT :limit"))
        .bind(QStringLiteral("team"), teamId)
        .bind(QStringLiteral("limit"), limit)
        .rows([this](const SqlRow &row) { return InquiryRows::inquiry(row, m_keys); });
}

} // namespace confidant::server
