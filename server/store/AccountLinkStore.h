#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <chrono>
#include <optional>

namespace confidant::server {

class Database;

// What a link is for: confirming the address a registration gave, or setting a new password.
enum class LinkPurpose { VerifyAddress, ResetPassword };

// A live link as its page needs it, found by its token's hash.
struct AccountLink {
    qint64 id = 0;
    qint64 customerId = 0;
    QString email;            // the customer's, for the throttle and the password slots
    QString displayName;      // a registration's chosen name (verify links only)
    QByteArray passwordHash;  // a registration's chosen password (verify links only)
};

// The single-use links of migration 0019 and the mails that carry them. A link is written together with its mail
// in the outbox; its token exists only from the moment the sender writes the mail (MailOutboxStore::claimNext),
// and only its hash is kept. Using a link deletes it in the transaction that does what it is for.
class AccountLinkStore {
public:
    explicit AccountLinkStore(Database &database);

    // A new link and its mail; a reset replaces earlier reset links (only the newest works). Verify links stay
    // side by side: each belongs to one registration and confirms only what that one chose.
    Result<Done> send(qint64 customerId, LinkPurpose purpose, const QDateTime &now, std::chrono::seconds lifetime,
                      const QString &displayName = {}, const QByteArray &passwordHash = {});
    // The live link with this token; nullopt when unknown, used or expired.
    Result<std::optional<AccountLink>> find(LinkPurpose purpose, const QByteArray &token, const QDateTime &now) const;
    // Confirms the address with what the link's registration chose, and removes every verify link of the account.
    // NotFound when the link was used or expired meanwhile.
    Result<Done> confirmAddress(const AccountLink &link, const QDateTime &now);
    // Sets the new password and ends every session of the customer, removing the link. NotFound as above.
    Result<Done> resetPassword(const AccountLink &link, const QByteArray &newPasswordHash, const QDateTime &now);
    // Removes expired links, and the accounts whose address was never confirmed and whose last link expired: their
    // address is free again. Returns how many accounts went.
    Result<int> removeExpired(const QDateTime &now);

    static QByteArray hashToken(const QByteArray &token);
    static QString purposeKey(LinkPurpose purpose);

private:
    Result<Done> consume(const AccountLink &link, LinkPurpose purpose, const QDateTime &now, const std::function<bool()> &then);

    Database &m_database;
};

} // namespace confidant::server
