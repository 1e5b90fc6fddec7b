#include "store/MailOutboxStore.h"

#include "pki/PasswordHasher.h"
#include "store/AccountLinkStore.h"
#include "store/Database.h"
#include "store/SqlStatement.h"

namespace confidant::server {

MailOutboxStore::MailOutboxStore(Database &database) : m_database(database) {}

Result<std::optional<OutboxMail>> MailOutboxStore::claimOne(const QDateTime &now, std::chrono::seconds staleClaim, std::optional<qint64> *linkId)
{
    return SqlStatement(m_database,
                        QStringLiteral("WITH claimed AS (UPDATE mail_outbox SET state = 'claimed', claimed_at = :now WHERE id = ("
                                       "SELECT id FROM mail_outbox WHERE (state = 'pending' AND next_attempt_at <= :now) "
                                       "OR (state = 'claimed' AND claimed_at < :stale) ORDER BY next_attempt_at, id LIMIT 1 "
                                       "FOR UPDATE SKIP LOCKED) RETURNING id, kind, attempts, customer_id, link_id) "
                                       "SELECT claimed.id, claimed.kind, claimed.attempts, c.email, c.notice_language, claimed.link_id "
                                       "FROM claimed JOIN customers c ON c.id = claimed.customer_id"))
        .bind(QStringLiteral("now"), now)
        .bind(QStringLiteral("stale"), now.addSecs(-staleClaim.count()))
        .optionalRow([linkId](const SqlRow &row) {
            *linkId = row.optionalId(5);
            return OutboxMail{row.id(0), row.text(1), row.number(2), row.text(3), row.text(4), {}};
        });
}

// False when the link expired: its mail is not worth sending.
Result<bool> MailOutboxStore::issueToken(qint64 linkId, const QDateTime &now, OutboxMail *mail)
{
    const QByteArray token = randomToken();
    const auto issued = SqlStatement(m_database, QStringLiteral("UPDATE account_links SET token_hash = :hash WHERE id = :id AND expires_at > :now"))
                            .bind(QStringLiteral("hash"), AccountLinkStore::hashToken(token))
                            .bind(QStringLiteral("id"), linkId)
                            .bind(QStringLiteral("now"), now)
                            .touchedARow();
    if (issued && issued.value())
        mail->linkToken = token;
    return issued;
}

Result<std::optional<OutboxMail>> MailOutboxStore::claimNext(const QDateTime &now, std::chrono::seconds staleClaim)
{
    for (;;) {
        std::optional<qint64> linkId;
        auto claimed = claimOne(now, staleClaim, &linkId);
        if (!claimed || !claimed.value() || !linkId)
            return claimed;
        const auto issued = issueToken(*linkId, now, &*claimed.value());
        if (!issued)
            return issued.error();
        if (issued.value())
            return claimed;
        if (!remove(claimed.value()->id))
            return unavailable();
    }
}

Result<Done> MailOutboxStore::queue(qint64 customerId, const QString &kind, const QDateTime &now)
{
    const bool queued = SqlStatement(m_database, QStringLiteral("INSERT INTO mail_outbox (customer_id, kind, created_at, next_attempt_at) "
                                                                "VALUES (:customer, :kind, :now, :now)"))
                            .bind(QStringLiteral("customer"), customerId)
                            .bind(QStringLiteral("kind"), kind)
                            .bind(QStringLiteral("now"), now)
                            .run();
    if (!queued)
        return unavailable();
    return Done{};
}

Result<int> MailOutboxStore::queueDigests(const QDateTime &now)
{
    int queued = 0;
    const bool committed = m_database.inTransaction([&] {
        SqlStatement digest(m_database,
                            QStringLiteral("WITH due AS (UPDATE customers c SET last_digest_at = :now WHERE c.notice_mode = 'daily' "
                                           "AND (c.last_digest_at IS NULL OR c.last_digest_at <= :dayAgo) AND EXISTS (SELECT 1 FROM inquiry_notices n "
                                           "JOIN inquiries i ON i.id = n.inquiry_id WHERE i.customer_id = c.id AND NOT n.mailed) RETURNING c.id), "
                                           "told AS (UPDATE inquiry_notices n SET mailed = true FROM inquiries i, due "
                                           "WHERE i.id = n.inquiry_id AND i.customer_id = due.id AND NOT n.mailed) "
                                           "INSERT INTO mail_outbox (customer_id, kind, created_at, next_attempt_at) "
                                           "SELECT due.id, 'daily_digest', :now, :now FROM due"));
        if (!digest.bind(QStringLiteral("now"), now).bind(QStringLiteral("dayAgo"), now.addDays(-1)).run())
            return false;
        queued = digest.rowsAffected();
        return true;
    });
    if (!committed)
        return unavailable();
    return queued;
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
