#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace confidant::server {

class Database;

// One acceptance of the privacy and usage agreement, kept for every version the customer accepted.
struct AgreementAcceptance {
    QString version;
    QDateTime acceptedAt;
};

struct CustomerRecord {
    qint64 id = 0;
    QString email;            // stored as validation::normalisedEmail gives it (NFC, trimmed, lower-cased); unique
    QString displayName;      // stored as validation::normalisedName gives it; personal data, never logged
    QByteArray passwordHash;  // Argon2id encoded string (libsodium crypto_pwhash_str)
    QDateTime createdAt;
    QString agreementVersion; // empty until the customer accepted the privacy and usage agreement
    QDateTime agreementAcceptedAt;
};

class CustomerStore {
public:
    explicit CustomerStore(Database &database);

    // Conflict when the e-mail address is taken (case-insensitive); the account with it keeps its own name.
    Result<qint64> create(const QString &email, const QString &displayName, const QByteArray &passwordHash,
                          const QDateTime &now);
    // nullopt when there is no such customer; an error when the database could not be asked (the sign-in page must
    // then not say "wrong password").
    Result<std::optional<CustomerRecord>> findByEmail(const QString &email) const;
    // "Could not ask" is an error, never "no such customer": an outage must not sign anyone out.
    Result<std::optional<CustomerRecord>> findById(qint64 id) const;
    // Keeps every acceptance (version + time) in agreement_acceptances and the latest on the customer.
    Result<Done> recordAgreement(qint64 customerId, const QString &version, const QDateTime &acceptedAt);
    // Every acceptance, oldest first (the customer's export shows them all).
    Result<QList<AgreementAcceptance>> agreementHistory(qint64 customerId) const;
    // The customer's fixed advisor (Kundenbetreuer): their new inquiries go straight to them. None: to the team.
    // NotFound when the customer or the advisor does not exist. Their inquiries follow: into the new advisor's
    // scope (AdvisorScope), with an event each.
    Result<Done> setFixedAdvisor(qint64 customerId, std::optional<qint64> advisorId, const QDateTime &now);

private:
    Database &m_database;
};

} // namespace confidant::server
