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
    std::optional<QDateTime> verifiedAt; // none until the address was confirmed by its link: the account can do nothing
    QString noticeMode = QStringLiteral("every"); // "every", "daily" or "never": when an answer waits
    QString noticeLanguage = QStringLiteral("de"); // "de" or "en": the language of every mail
    bool pseudonymous = false; // anonymous counselling: `email` holds the pseudonym, and nothing is ever mailed
};

// What registering an address found: nothing (a new, unconfirmed account), an account not confirmed yet, or a
// confirmed one.
struct RegisteredAddress {
    enum Kind { Created, Unconfirmed, Known } kind = Created;
    qint64 customerId = 0;
};

class CustomerStore {
public:
    explicit CustomerStore(Database &database);

    // A confirmed account, as the demo data and an operator make them. Conflict when the e-mail address is taken
    // (case-insensitive); the account with it keeps its own name.
    Result<qint64> create(const QString &email, const QString &displayName, const QByteArray &passwordHash,
                          const QDateTime &now);
    // A registration from the pages: a new account waits unconfirmed; a taken address changes nothing, except that
    // an unconfirmed account whose every link expired is deleted first (the address is free again).
    Result<RegisteredAddress> registerAddress(const QString &email, const QString &displayName, const QByteArray &passwordHash,
                                              const QString &language, const QDateTime &now);
    // An anonymous-counselling account (migration 0021): the pseudonym is its login, it is confirmed at once and is
    // never mailed. Conflict when the pseudonym is taken.
    Result<qint64> createPseudonymous(const QString &pseudonym, const QByteArray &passwordHash, const QString &language, const QDateTime &now);
    // nullopt when there is no such customer; an error when the database could not be asked (the sign-in page must
    // then not say "wrong password").
    Result<std::optional<CustomerRecord>> findByEmail(const QString &email) const;
    // "Could not ask" is an error, never "no such customer": an outage must not sign anyone out.
    Result<std::optional<CustomerRecord>> findById(qint64 id) const;
    // Keeps every acceptance (version + time) in agreement_acceptances and the latest on the customer.
    Result<Done> recordAgreement(qint64 customerId, const QString &version, const QDateTime &acceptedAt);
    // Every acceptance, oldest first (the customer's export shows them all).
    Result<QList<AgreementAcceptance>> agreementHistory(qint64 customerId) const;
    // How and in which language the customer is told that an answer waits. Invalid for an unknown mode or language.
    Result<Done> setNoticePreferences(qint64 customerId, const QString &mode, const QString &language);
    // A new password; every session of the customer but `keptSession` (a token hash, may be empty) ends.
    Result<Done> changePassword(qint64 customerId, const QByteArray &passwordHash, const QByteArray &keptSession);
    // The customer's fixed advisor (Kundenbetreuer): their new inquiries go straight to them. None: to the team.
    // NotFound when the customer or the advisor does not exist. Their inquiries follow: into the new advisor's
    // scope (AdvisorScope), with an event each.
    Result<Done> setFixedAdvisor(qint64 customerId, std::optional<qint64> advisorId, const QDateTime &now);

private:
    Database &m_database;
};

} // namespace confidant::server
