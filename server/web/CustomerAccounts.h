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
    Result<Done> acceptAgreement(qint64 customerId, const QString &version);
    std::optional<CustomerRecord> find(qint64 customerId) const;

private:
    CustomerStore m_customers;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
    QByteArray m_dummyHash;
};

} // namespace confidant::server
