#pragma once

#include "store/CustomerStore.h"
#include "store/StoreError.h"
#include "time/Clock.h"
#include "validation/FieldError.h"

#include <variant>

namespace confidant::server {

class Database;
class PasswordHasher;

// Registration, sign-in and the privacy agreement, without HTTP.
class CustomerAccounts {
public:
    CustomerAccounts(Database &database, const Clock &clock, const PasswordHasher &hasher);

    struct Registration {
        QString email;
        QString password;
        QString passwordConfirmation;
    };
    // The new customer's id, or the field errors to show beside the form (an address already taken included).
    std::variant<qint64, FieldErrors> registerCustomer(const Registration &registration);
    // The customer for these credentials; nullopt for a wrong e-mail or password alike.
    std::optional<CustomerRecord> authenticate(const QString &email, const QString &password);

    // The same in steps, so the Argon2id work (tens of milliseconds) can run off the server's thread while the
    // database steps stay on it (a QSqlDatabase belongs to one thread).
    FieldErrors checkRegistration(const Registration &registration) const;
    std::variant<qint64, FieldErrors> createCustomer(const QString &email, const QByteArray &passwordHash);
    struct LoginCandidate {
        std::optional<CustomerRecord> customer;
        QByteArray hashToVerify; // the customer's, or a dummy one so unknown addresses cost the same time
    };
    LoginCandidate findLoginCandidate(const QString &email) const;
    const PasswordHasher &hasher() const { return m_hasher; }
    Result<Done> acceptAgreement(qint64 customerId, const QString &version);
    std::optional<CustomerRecord> find(qint64 customerId) const;

private:
    CustomerStore m_customers;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
    QByteArray m_dummyHash;
};

} // namespace confidant::server
