#pragma once

#include "store/AccountLinkStore.h"
#include "store/CustomerStore.h"
#include "store/MailOutboxStore.h"
#include "store/StoreError.h"
#include "time/Clock.h"
#include "validation/FieldError.h"

#include <chrono>
#include <functional>
#include <variant>

namespace confidant::server {

class PasswordHasher;

// Registration with a confirmed address, sign-in, getting back in with a new password, the customer's settings
// and the privacy agreement, without HTTP.
class CustomerAccounts {
public:
    CustomerAccounts(CustomerStore &customers, AccountLinkStore &links, MailOutboxStore &outbox, const Clock &clock,
                     const PasswordHasher &hasher);

    static constexpr std::chrono::hours verifyLinkLifetime{24};
    static constexpr std::chrono::minutes resetLinkLifetime{30};

    // Whether one more mail may go to an account now (a throttle the pages hold): asked before each.
    using MailAllowance = std::function<bool(const QString &email)>;

    struct Registration {
        QString email;
        QString displayName;
        QString password;
        QString passwordConfirmation;
    };
    // In steps, so the Argon2id work (tens of milliseconds) can run off the server's thread while the
    // database steps stay on it (a QSqlDatabase belongs to one thread).
    FieldErrors checkRegistration(const Registration &registration) const;
    // Registers the address and does not say what it found: always Done, so the pages cannot tell a stranger who
    // is a customer. A new or still unconfirmed address gets a link that confirms it with this registration's name
    // and password; a confirmed account changes in nothing, and its owner is told that someone tried. `language`:
    // the page's, for the mails. An error only when nothing could be stored.
    Result<Done> registerAddress(const QString &email, const QString &displayName, const QByteArray &passwordHash, const QString &language,
                                 const MailAllowance &mayMail);
    // A link to set a new password, for a confirmed account only; Done whether or not the address has one.
    Result<Done> requestPasswordReset(const QString &email, const MailAllowance &mayMail);
    // Called (on the request's thread) whenever a mail went into the outbox, so the sender goes at once: the
    // customer waits for a link.
    void onMailQueued(std::function<void()> queued) { m_mailQueued = std::move(queued); }
    Result<std::optional<AccountLink>> findLink(LinkPurpose purpose, const QByteArray &token) const;
    // Using a link: NotFound when it was used or expired meanwhile.
    Result<Done> confirmAddress(const AccountLink &link);
    Result<Done> resetPassword(const AccountLink &link, const QByteArray &newPasswordHash);
    Result<Done> changePassword(qint64 customerId, const QByteArray &newPasswordHash, const QByteArray &keptSession);
    // Anonymous counselling: an account with a pseudonym and no address (Conflict when the pseudonym is taken).
    FieldErrors checkPseudonymRegistration(const QString &pseudonym, const QString &password, const QString &repeated) const;
    Result<qint64> registerPseudonym(const QString &pseudonym, const QByteArray &passwordHash, const QString &language);
    Result<Done> setNoticePreferences(qint64 customerId, const QString &mode, const QString &language);
    // Registrations never confirmed, gone when their last link expired (nightly maintenance, and before each sign-up).
    Result<int> removeUnconfirmed();
    struct LoginCandidate {
        std::optional<CustomerRecord> customer;
        QByteArray hashToVerify; // the customer's, or a dummy one so unknown addresses cost the same time
        bool unavailable = false; // the database could not be asked: no verdict on the password
    };
    LoginCandidate findLoginCandidate(const QString &email) const;
    const PasswordHasher &hasher() const { return m_hasher; }
    Result<Done> acceptAgreement(qint64 customerId, const QString &version);
    Result<std::optional<CustomerRecord>> find(qint64 customerId) const;

private:
    CustomerStore &m_customers;
    AccountLinkStore &m_links;
    MailOutboxStore &m_outbox;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
    QByteArray m_dummyHash;
    std::function<void()> m_mailQueued;

    Result<Done> queued(Result<Done> queuing) const;
};

} // namespace confidant::server
