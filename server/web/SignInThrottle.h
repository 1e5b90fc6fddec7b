#pragma once

#include "time/Clock.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <chrono>
#include <optional>
#include <unordered_map>

namespace confidant::server {

struct ThrottleSettings {
    int failuresPerAddress = 10;        // wrong passwords from one address (IPv6: one /64) within the window
    int failuresPerAccount = 10;        // wrong passwords for one account within the window, from any addresses
    std::chrono::seconds failureWindow{std::chrono::minutes(15)};
    int registrationsPerAddress = 5;    // registrations tried from one address within the window
    std::chrono::seconds registrationWindow{std::chrono::hours(1)};
    int mailsPerAccount = 3;            // link and "someone tried" mails to one account within the window
    std::chrono::seconds mailWindow{std::chrono::hours(1)};
    int trackedKeys = 65536;            // entries per table at most: memory stays flat under a flood
};

// Limits password guessing and registration floods (ASVS 2.2.1). Kept in this process's memory: a restart forgets
// it, and several server instances behind one address would each count alone (docs/architecture.md).
//
// An account with too many failures waits, from every address, until the oldest leaves the window: guesses
// spread over many addresses or mixed with sign-ins elsewhere all count. The price is that a stranger can hold an
// account for one window; a password reset still works. An address with too many failures waits as well; a
// success there forgets only the failures for the account that succeeded, so signing in as oneself between guesses
// at someone else clears nothing. Keys are bounded (ThrottleKeys), and each table holds at most `trackedKeys`
// entries: when full, the expired go first, then those whose last failure is oldest.
class SignInThrottle {
public:
    SignInThrottle(const Clock &clock, ThrottleSettings settings = {});

    // When this address may try again to sign in to this account; nullopt if it may now.
    std::optional<QDateTime> signInBlockedUntil(QStringView account, const QHostAddress &address);
    void recordFailure(QStringView account, const QHostAddress &address);
    void recordSuccess(QStringView account, const QHostAddress &address);

    // When this address may register again, or ask for a new password; nullopt if it may now. Both forms share
    // the count: each may send a mail to someone.
    std::optional<QDateTime> registrationBlockedUntil(const QHostAddress &address);
    void recordRegistration(const QHostAddress &address);

    // Whether one more mail may go to this account now, counting it if so. Asked silently, never shown: the pages
    // answer the same whether a mail went, so that they reveal nothing, and an address's owner is not flooded with
    // links or notices by strangers from many addresses.
    bool takeMailAllowance(QStringView account);

    // Entries in the largest table: what a memory test watches.
    qsizetype trackedKeys() const;

private:
    struct Attempt {
        qint64 at = 0;          // milliseconds since the epoch
        QByteArray account;     // for failures by address: whose account was tried (ThrottleKeys::ofAccount)
    };
    using Attempts = QList<Attempt>;
    // Not QHash: after evicting thousands of entries, Qt 6.4's open addressing slowed later inserts a hundredfold
    // (300,000 distinct keys with a cap of 65,536: minutes, against 0.3 s here).
    using Table = std::unordered_map<QByteArray, Attempts>;
    const Attempts &recent(Table &table, const QByteArray &key, std::chrono::seconds window) const;
    std::optional<QDateTime> blockedUntil(const Attempts &attempts, int limit, std::chrono::seconds window) const;
    void record(Table &table, const QByteArray &key, Attempt attempt, int limit, std::chrono::seconds window);
    void makeRoom(Table &table, std::chrono::seconds window) const;

    const Clock &m_clock;
    ThrottleSettings m_settings;
    mutable QMutex m_mutex; // requests are handled on several database workers at once
    Table m_addressFailures;
    Table m_accountFailures;
    Table m_registrations;
    Table m_accountMails;
};

} // namespace confidant::server
