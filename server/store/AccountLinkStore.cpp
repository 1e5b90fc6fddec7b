#include "store/AccountLinkStore.h"

#include "store/Database.h"
#include "store/SqlStatement.h"

#include <QCryptographicHash>

namespace confidant::server {
namespace {

ServiceError linkGone()
{
    return {ServiceError::NotFound,
            QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This link has expired or was used already. Please ask for a new one."))};
}

} // namespace

AccountLinkStore::AccountLinkStore(Database &database) : m_database(database) {}

QByteArray AccountLinkStore::hashToken(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QString AccountLinkStore::purposeKey(LinkPurpose purpose)
{
    return purpose == LinkPurpose::VerifyAddress ? QStringLiteral("verify_address") : QStringLiteral("reset_password");
}

Result<Done> AccountLinkStore::send(qint64 customerId, LinkPurpose purpose, const QDateTime &now, std::chrono::seconds lifetime,
                                    const QString &displayName, const QByteArray &passwordHash)
{
    const QString kind = purposeKey(purpose);
    const bool committed = m_database.inTransaction([&] {
        if (purpose == LinkPurpose::ResetPassword
            && !SqlStatement(m_database, QStringLiteral("DELETE FROM account_links WHERE customer_id = :customer AND purpose = :purpose"))
                    .bind(QStringLiteral("customer"), customerId)
                    .bind(QStringLiteral("purpose"), kind)
                    .run())
            return false;
        SqlStatement insert(m_database,
                            QStringLiteral("WITH link AS (INSERT INTO account_links (customer_id, purpose, display_name, password_hash, created_at, expires_at) "
                                           "VALUES (:customer, :purpose, :name, :hash, :now, :expires) RETURNING id) "
                                           "INSERT INTO mail_outbox (customer_id, kind, link_id, created_at, next_attempt_at) "
                                           "SELECT :customer, :purpose, link.id, :now, :now FROM link"));
        insert.bind(QStringLiteral("customer"), customerId).bind(QStringLiteral("purpose"), kind);
        if (displayName.isEmpty())
            insert.bindNullText(QStringLiteral("name")).bindNullText(QStringLiteral("hash"));
        else
            insert.bind(QStringLiteral("name"), displayName).bind(QStringLiteral("hash"), QString::fromUtf8(passwordHash));
        return insert.bind(QStringLiteral("now"), now).bind(QStringLiteral("expires"), now.addSecs(lifetime.count())).run();
    });
    if (!committed)
        return unavailable();
    return Done{};
}

Result<std::optional<AccountLink>> AccountLinkStore::find(LinkPurpose purpose, const QByteArray &token, const QDateTime &now) const
{
    if (token.isEmpty())
        return std::optional<AccountLink>();
    return SqlStatement(m_database, QStringLiteral("SELECT l.id, l.customer_id, c.email, coalesce(l.display_name, ''), coalesce(l.password_hash, '') "
                                                   "FROM account_links l JOIN customers c ON c.id = l.customer_id "
                                                   "WHERE l.token_hash = :hash AND l.purpose = :purpose AND l.expires_at > :now"))
        .bind(QStringLiteral("hash"), hashToken(token))
        .bind(QStringLiteral("purpose"), purposeKey(purpose))
        .bind(QStringLiteral("now"), now)
        .optionalRow([](const SqlRow &row) { return AccountLink{row.id(0), row.id(1), row.text(2), row.text(3), row.bytes(4)}; });
}

// Deletes the link (still live, still this purpose) and runs `then` in the same transaction: a link used twice at
// the same moment does its work once.
Result<Done> AccountLinkStore::consume(const AccountLink &link, LinkPurpose purpose, const QDateTime &now, const std::function<bool()> &then)
{
    bool found = false;
    const bool committed = m_database.inTransaction([&] {
        const auto removed = SqlStatement(m_database, QStringLiteral("DELETE FROM account_links WHERE id = :id AND purpose = :purpose AND expires_at > :now"))
                                 .bind(QStringLiteral("id"), link.id)
                                 .bind(QStringLiteral("purpose"), purposeKey(purpose))
                                 .bind(QStringLiteral("now"), now)
                                 .touchedARow();
        if (!removed || !removed.value())
            return false;
        found = true;
        return then();
    });
    if (committed)
        return Done{};
    return found ? Result<Done>(unavailable()) : Result<Done>(linkGone());
}

Result<Done> AccountLinkStore::confirmAddress(const AccountLink &link, const QDateTime &now)
{
    return consume(link, LinkPurpose::VerifyAddress, now, [&] {
        return SqlStatement(m_database, QStringLiteral("UPDATE customers SET verified_at = :now, display_name = :name, password_hash = :hash WHERE id = :customer"))
                   .bind(QStringLiteral("now"), now)
                   .bind(QStringLiteral("name"), link.displayName)
                   .bind(QStringLiteral("hash"), QString::fromUtf8(link.passwordHash))
                   .bind(QStringLiteral("customer"), link.customerId)
                   .run()
            && SqlStatement(m_database, QStringLiteral("DELETE FROM account_links WHERE customer_id = :customer AND purpose = 'verify_address'"))
                   .bind(QStringLiteral("customer"), link.customerId)
                   .run();
    });
}

Result<Done> AccountLinkStore::resetPassword(const AccountLink &link, const QByteArray &newPasswordHash, const QDateTime &now)
{
    return consume(link, LinkPurpose::ResetPassword, now, [&] {
        return SqlStatement(m_database, QStringLiteral("UPDATE customers SET password_hash = :hash WHERE id = :customer"))
                   .bind(QStringLiteral("hash"), QString::fromUtf8(newPasswordHash))
                   .bind(QStringLiteral("customer"), link.customerId)
                   .run()
            && SqlStatement(m_database, QStringLiteral("DELETE FROM sessions WHERE customer_id = :customer"))
                   .bind(QStringLiteral("customer"), link.customerId)
                   .run();
    });
}

Result<int> AccountLinkStore::removeExpired(const QDateTime &now)
{
    int accounts = 0;
    const bool committed = m_database.inTransaction([&] {
        if (!SqlStatement(m_database, QStringLiteral("DELETE FROM account_links WHERE expires_at <= :now")).bind(QStringLiteral("now"), now).run())
            return false;
        SqlStatement unconfirmed(m_database, QStringLiteral("DELETE FROM customers c WHERE c.verified_at IS NULL AND c.created_at <= :now "
                                                            "AND NOT EXISTS (SELECT 1 FROM account_links l WHERE l.customer_id = c.id)"));
        if (!unconfirmed.bind(QStringLiteral("now"), now).run())
            return false;
        accounts = unconfirmed.rowsAffected();
        return true;
    });
    if (!committed)
        return unavailable();
    return accounts;
}

} // namespace confidant::server
