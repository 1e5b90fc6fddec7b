#include "store/MailOutboxStore.h"

#include "store/Database.h"
#include "store/SqlStatement.h"

namespace confidant::server {

MailOutboxStore::MailOutboxStore(Database &database) : m_database(database) {}

Result<std::optional<OutboxMail>> MailOutboxStore::claimNext(const QDateTime &now, std::chrono::seconds staleClaim)
{
    return SqlStatement(m_database,
                        QStringLiteral("WITH claimed AS (UPDATE mail_outbox SET state = 'claimed', claimed_at = :now WHERE id = ("
                                       "SELECT id FROM mail_outbox WHERE (state = 'pending' AND next_attempt_at <= :now) "
                                       "OR (state = 'claimed' AND claimed_at < :stale) ORDER BY next_attempt_at, id LIMIT 1 "
                                       "FOR UPDATE SKIP LOCKED) RETURNING id, kind, attempts, customer_id) "
                                       "SELECT claimed.id, claimed.kind, claimed.attempts, c.email, c.notice_language "
                                       "FROM claimed JOIN customers c ON c.id = claimed.customer_id"))
        .bind(QStringLiteral("now"), now)
        .bind(QStringLiteral("stale"), now.addSecs(-staleClaim.count()))
        .optionalRow([](const SqlRow &row) { return OutboxMail{row.id(0), row.text(1), row.number(2), row.text(3), row.text(4)}; });
}

Result<Done> MailOutboxStore::markCommitting(qint64 id)
{
    const auto marked = SqlStatement(m_database, QStringLiteral("UPDATE mail_outbox SET state = 'committing' WHERE id = :id AND state = 'claimed'"))
                            .bind(QStringLiteral("id"), id)
                            .touchedARow();
    if (!marked)
        return marked.error();
    if (!marked.value())
        return ServiceError{ServiceError::Conflict, QStringLiteral("The mail was taken over by another sender or deleted with its customer.")};
    return Done{};
}

Result<Done> MailOutboxStore::remove(qint64 id)
{
    const auto removed = SqlStatement(m_database, QStringLiteral("DELETE FROM mail_outbox WHERE id = :id")).bind(QStringLiteral("id"), id).touchedARow();
    if (!removed)
        return removed.error();
    return Done{};
}

Result<Done> MailOutboxStore::retryAt(qint64 id, const QDateTime &next)
{
    const auto updated = SqlStatement(m_database, QStringLiteral("UPDATE mail_outbox SET state = 'pending', claimed_at = NULL, "
                                                                 "attempts = attempts + 1, next_attempt_at = :next WHERE id = :id"))
                             .bind(QStringLiteral("id"), id)
                             .bind(QStringLiteral("next"), next)
                             .touchedARow();
    if (!updated)
        return updated.error();
    return Done{};
}

Result<int> MailOutboxStore::dropInterrupted(const QDateTime &now, std::chrono::seconds staleClaim)
{
    SqlStatement drop(m_database, QStringLiteral("DELETE FROM mail_outbox WHERE state = 'committing' AND claimed_at < :stale"));
    drop.bind(QStringLiteral("stale"), now.addSecs(-staleClaim.count()));
    if (!drop.run())
        return unavailable();
    return drop.rowsAffected();
}

Result<int> MailOutboxStore::waiting() const
{
    return SqlStatement(m_database, QStringLiteral("SELECT count(*) FROM mail_outbox")).oneRow([](const SqlRow &row) { return row.number(0); }, unavailable());
}

} // namespace confidant::server
