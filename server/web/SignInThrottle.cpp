#include "web/SignInThrottle.h"

namespace confidant::server {

SignInThrottle::SignInThrottle(const Clock &clock, ThrottleSettings settings) : m_clock(clock), m_settings(settings) {}

// The times for this key that are still within the window (older ones are dropped as they are met).
template<typename Key>
SignInThrottle::Times &SignInThrottle::recent(QHash<Key, Times> &table, const Key &key, const QDateTime &cutoff)
{
    Times &times = table[key];
    while (!times.isEmpty() && times.first() <= cutoff)
        times.removeFirst();
    return times;
}

std::optional<QDateTime> SignInThrottle::blockedUntil(const Times &times, int limit, std::chrono::seconds window) const
{
    if (times.size() < limit)
        return std::nullopt;
    // Free again when enough of them have left the window for one more attempt.
    return times.at(times.size() - limit).addSecs(window.count());
}

std::optional<QDateTime> SignInThrottle::signInBlockedUntil(const QString &account, const QHostAddress &address)
{
    const QMutexLocker locker(&m_mutex);
    const QDateTime cutoff = m_clock.now().addSecs(-m_settings.failureWindow.count());
    const Times &fromAddress = recent(m_addressFailures, address, cutoff);
    if (const auto until = blockedUntil(fromAddress, m_settings.failuresPerAddress, m_settings.failureWindow))
        return until;
    if (fromAddress.isEmpty())
        return std::nullopt; // an address without failures is never held back by the account's count
    return blockedUntil(recent(m_accountFailures, account, cutoff), m_settings.failuresPerAccount, m_settings.failureWindow);
}

void SignInThrottle::recordFailure(const QString &account, const QHostAddress &address)
{
    const QMutexLocker locker(&m_mutex);
    const QDateTime now = m_clock.now();
    m_addressFailures[address].append(now);
    m_accountFailures[account].append(now);
    forgetOld();
}

void SignInThrottle::recordSuccess(const QString &account, const QHostAddress &address)
{
    const QMutexLocker locker(&m_mutex);
    m_addressFailures.remove(address);
    m_accountFailures.remove(account);
}

std::optional<QDateTime> SignInThrottle::registrationBlockedUntil(const QHostAddress &address)
{
    const QMutexLocker locker(&m_mutex);
    const QDateTime cutoff = m_clock.now().addSecs(-m_settings.registrationWindow.count());
    return blockedUntil(recent(m_registrations, address, cutoff), m_settings.registrationsPerAddress, m_settings.registrationWindow);
}

void SignInThrottle::recordRegistration(const QHostAddress &address)
{
    const QMutexLocker locker(&m_mutex);
    m_registrations[address].append(m_clock.now());
    forgetOld();
}

// Memory stays bounded by the traffic of one window: now and then every expired entry is dropped.
void SignInThrottle::forgetOld()
{
    if (++m_recordsSinceSweep < 1000)
        return;
    m_recordsSinceSweep = 0;
    const QDateTime now = m_clock.now();
    const auto sweep = [](auto &table, const QDateTime &cutoff) {
        for (auto it = table.begin(); it != table.end();) {
            if (it->isEmpty() || it->last() <= cutoff)
                it = table.erase(it);
            else
                ++it;
        }
    };
    sweep(m_addressFailures, now.addSecs(-m_settings.failureWindow.count()));
    sweep(m_accountFailures, now.addSecs(-m_settings.failureWindow.count()));
    sweep(m_registrations, now.addSecs(-m_settings.registrationWindow.count()));
}

} // namespace confidant::server
