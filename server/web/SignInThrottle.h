#pragma once

#include "time/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <chrono>
#include <optional>

namespace confidant::server {

struct ThrottleSettings {
    int failuresPerAddress = 10;        // wrong passwords from one address within the window, for any accounts
    int failuresPerAccount = 10;        // wrong passwords for one account within the window, from any addresses
    std::chrono::seconds failureWindow{std::chrono::minutes(15)};
    int registrationsPerAddress = 5;    // registrations tried from one address within the window
    std::chrono::seconds registrationWindow{std::chrono::hours(1)};
};

// Limits password guessing and registration floods (ASVS 2.2.1). Kept in this process's memory: a restart forgets
// it, and several server instances behind one address would each count alone (docs/architecture.md).
//
// An address with too many failures waits until the oldest of them leaves the window; a success from it starts
// afresh. An account with too many failures waits only for addresses that have failed within the window: a
// correct password from an address that has not failed still gets in, so an attacker cannot lock a customer out.
class SignInThrottle {
public:
    SignInThrottle(const Clock &clock, ThrottleSettings settings = {});

    // When this address may try again to sign in to this account; nullopt if it may now.
    std::optional<QDateTime> signInBlockedUntil(const QString &account, const QHostAddress &address);
    void recordFailure(const QString &account, const QHostAddress &address);
    void recordSuccess(const QString &account, const QHostAddress &address);

    // When this address may register again; nullopt if it may now. Counts the attempt when it may.
    std::optional<QDateTime> registrationBlockedUntil(const QHostAddress &address);
    void recordRegistration(const QHostAddress &address);

private:
    using Times = QList<QDateTime>;
    template<typename Key>
    static Times &recent(QHash<Key, Times> &table, const Key &key, const QDateTime &cutoff);
    std::optional<QDateTime> blockedUntil(const Times &times, int limit, std::chrono::seconds window) const;
    void forgetOld();

    const Clock &m_clock;
    ThrottleSettings m_settings;
    QMutex m_mutex; // requests are handled on several database workers at once
    QHash<QHostAddress, Times> m_addressFailures;
    QHash<QString, Times> m_accountFailures;
    QHash<QHostAddress, Times> m_registrations;
    int m_recordsSinceSweep = 0;
};

} // namespace confidant::server
