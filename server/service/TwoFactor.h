#pragma once

#include "store/StoreError.h"
#include "store/TwoFactorStore.h"
#include "time/Clock.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace confidant::server {

// A customer's second factor: enrolment (a secret waiting for the app's first code), the check at sign-in (a code
// from the app, never the same one twice, or one of ten single-use recovery codes), new recovery codes and turning it
// off. Codes from the app come with a window of one 30-second step either side (Totp).
class TwoFactor {
public:
    static constexpr int recoveryCodeCount = 10;

    struct Enrolment {
        QString secretText;      // base32 in groups of four, for typing into an app
        QString provisioningUri; // the QR code's content
    };
    enum class Check { Accepted, AcceptedRecoveryCode, Refused };

    TwoFactor(TwoFactorStore &store, const Clock &clock, QString issuer);

    Result<bool> isEnabled(qint64 customerId) const;
    Result<Done> startEnrolment(qint64 customerId);
    // The waiting enrolment, for its page; nullopt when none waits (or it is on already).
    Result<std::optional<Enrolment>> pendingEnrolment(qint64 customerId, const QString &accountName) const;
    // The app's first code turns it on: the recovery codes to show once; nullopt for a wrong code.
    Result<std::optional<QStringList>> confirmEnrolment(qint64 customerId, const QString &code);
    Result<Check> check(qint64 customerId, const QString &code);
    // New codes replace every old one; asked for with a code from the app (or a recovery code).
    Result<std::optional<QStringList>> replaceRecoveryCodes(qint64 customerId, const QString &code);
    Result<int> recoveryCodesLeft(qint64 customerId) const;
    // Ten new recovery codes without asking for a code: for a pseudonymous account at registration, which has no
    // other way back in.
    Result<QStringList> issueRecoveryCodes(qint64 customerId);
    // Uses up one recovery code; false for an unknown or used one (a pseudonymous customer's way to a new password).
    Result<bool> useRecoveryCode(qint64 customerId, const QString &code);
    // Off, with a code; false for a wrong one.
    Result<bool> disable(qint64 customerId, const QString &code);

    // XXXX-XXXX-XXXX-XXXX from an alphabet without 0/O and 1/I; what a customer types is compared case- and
    // dash-insensitively.
    static QString normalisedRecoveryCode(const QString &typed);
    static QByteArray hashRecoveryCode(const QString &normalised);

private:
    static QStringList newRecoveryCodes();
    static QList<QByteArray> hashes(const QStringList &codes);

    TwoFactorStore &m_store;
    const Clock &m_clock;
    QString m_issuer;
};

} // namespace confidant::server
