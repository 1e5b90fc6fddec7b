#pragma once

#include "store/CustomerStore.h"
#include "store/StoreError.h"
#include "time/Clock.h"
#include "validation/FieldError.h"

#include <variant>

namespace confidant::server {

class PasswordHasher;

// Registration, sign-in and the privacy agreement, without HTTP.
class CustomerAccounts {
public:
    CustomerAccounts(CustomerStore &customers, const Clock &clock, const PasswordHasher &hasher);

    struct Registration {
        QString email;
        QString displayName;
        QString password;
        QString passwordConfirmation;
    };
    // In steps, so the Argon2id work (tens of milliseconds) can run off the server's thread while the
    // database steps stay on it (a QSqlDatabase belongs to one thread).
    FieldErrors checkRegistration(const Registration &registration) const;
    // Creates the account unless the address has one already, and does not say which: both are Done, so the
    // pages cannot tell a stranger who is a customer. A known account keeps its name: whoever types its address
    // must not rename it. An error only when nothing could be stored.
    Result<Done> createUnlessKnown(const QString &email, const QString &displayName, const QByteArray &passwordHash);
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
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
    QByteArray m_dummyHash;
};

} // namespace confidant::server
