#include "web/SignInThrottle.h"

#include "web/ThrottleKeys.h"

#include <algorithm>

namespace confidant::server {
namespace {

qint64 msecs(std::chrono::seconds window)
{
    return std::chrono::milliseconds(window).count();
}

} // namespace

SignInThrottle::SignInThrottle(const Clock &clock, ThrottleSettings settings) : m_clock(clock), m_settings(settings) {}

// The attempts for this key that are still within the window (older ones are dropped as they are met).
const SignInThrottle::Attempts &SignInThrottle::recent(Table &table, const QByteArray &key, std::chrono::seconds window) const
{
    static const Attempts none;
    const auto found = table.find(key);
    if (found == table.end())
        return none;
    const qint64 cutoff = m_clock.now().toMSecsSinceEpoch() - msecs(window);
    Attempts &attempts = found->second;
    while (!attempts.isEmpty() && attempts.first().at <= cutoff)
        attempts.removeFirst();
    return attempts;
}

std::optional<QDateTime> SignInThrottle::blockedUntil(const Attempts &attempts, int limit, std::chrono::seconds window) const
{
    if (attempts.size() < limit)
        return std::nullopt;
    // Free again when enough of them have left the window for one more attempt.
    return QDateTime::fromMSecsSinceEpoch(attempts.at(attempts.size() - limit).at + msecs(window), Qt::UTC);
}

std::optional<QDateTime> SignInThrottle::signInBlockedUntil(QStringView account, const QHostAddress &address)
{
    const QMutexLocker locker(&m_mutex);
    const auto byAddress = blockedUntil(recent(m_addressFailures, ThrottleKeys::ofAddress(address), m_settings.failureWindow),
                                        m_settings.failuresPerAddress, m_settings.failureWindow);
    const auto byAccount = blockedUntil(recent(m_accountFailures, ThrottleKeys::ofAccount(account), m_settings.failureWindow),
                                        m_settings.failuresPerAccount, m_settings.failureWindow);
    if (byAddress && byAccount)
        return std::max(*byAddress, *byAccount);
    return byAddress ? byAddress : byAccount;
}

void SignInThrottle::recordFailure(QStringView account, const QHostAddress &address)
{
    const QMutexLocker locker(&m_mutex);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const QByteArray accountKey = ThrottleKeys::ofAccount(account);
    record(m_addressFailures, ThrottleKeys::ofAddress(address), {now, accountKey}, m_settings.failuresPerAddress, m_settings.failureWindow);
    record(m_accountFailures, accountKey, {now, {}}, m_settings.failuresPerAccount, m_settings.failureWindow);
}

void SignInThrottle::recordSuccess(QStringView account, const QHostAddress &address)
{
    const QMutexLocker locker(&m_mutex);
    const QByteArray accountKey = ThrottleKeys::ofAccount(account);
    m_accountFailures.erase(accountKey);
    const auto found = m_addressFailures.find(ThrottleKeys::ofAddress(address));
    if (found != m_addressFailures.end())
        found->second.removeIf([&accountKey](const Attempt &attempt) { return attempt.account == accountKey; });
}

std::optional<QDateTime> SignInThrottle::registrationBlockedUntil(const QHostAddress &address)
{
    const QMutexLocker locker(&m_mutex);
    return blockedUntil(recent(m_registrations, ThrottleKeys::ofAddress(address), m_settings.registrationWindow),
                        m_settings.registrationsPerAddress, m_settings.registrationWindow);
}

void SignInThrottle::recordRegistration(const QHostAddress &address)
{
    const QMutexLocker locker(&m_mutex);
    record(m_registrations, ThrottleKeys::ofAddress(address), {m_clock.now().toMSecsSinceEpoch(), {}}, m_settings.registrationsPerAddress,
           m_settings.registrationWindow);
}

bool SignInThrottle::takeMailAllowance(QStringView account)
{
    const QMutexLocker locker(&m_mutex);
    const QByteArray key = ThrottleKeys::ofAccount(account);
    if (blockedUntil(recent(m_accountMails, key, m_settings.mailWindow), m_settings.mailsPerAccount, m_settings.mailWindow))
        return false;
    record(m_accountMails, key, {m_clock.now().toMSecsSinceEpoch(), {}}, m_settings.mailsPerAccount, m_settings.mailWindow);
    return true;
}

qsizetype SignInThrottle::trackedKeys() const
{
    const QMutexLocker locker(&m_mutex);
    return qsizetype(std::max({m_addressFailures.size(), m_accountFailures.size(), m_registrations.size(), m_accountMails.size()}));
}

// Only the newest `limit` attempts decide anything, so no key keeps more than twice that (failures that were in
// flight together may pass the limit by a few).
void SignInThrottle::record(Table &table, const QByteArray &key, Attempt attempt, int limit, std::chrono::seconds window)
{
    if (!table.contains(key) && qsizetype(table.size()) >= m_settings.trackedKeys)
        makeRoom(table, window);
    Attempts &attempts = table[key];
    attempts.append(std::move(attempt));
    if (attempts.size() > 2 * limit)
        attempts.remove(0, attempts.size() - 2 * limit);
}

// Drops every expired entry; if that frees too little, the eighth whose newest attempt is oldest, so the next
// sweep is thousands of insertions away and a flood costs a constant amount per attempt.
void SignInThrottle::makeRoom(Table &table, std::chrono::seconds window) const
{
    const qint64 cutoff = m_clock.now().toMSecsSinceEpoch() - msecs(window);
    std::erase_if(table, [cutoff](const Table::value_type &entry) { return entry.second.isEmpty() || entry.second.last().at <= cutoff; });
    const qsizetype target = m_settings.trackedKeys - std::max(1, m_settings.trackedKeys / 8);
    if (qsizetype(table.size()) <= target)
        return;
    QList<qint64> newest;
    newest.reserve(qsizetype(table.size()));
    for (const auto &entry : table)
        newest.append(entry.second.last().at);
    const auto pivot = newest.begin() + (qsizetype(table.size()) - target);
    std::nth_element(newest.begin(), pivot, newest.end());
    const qint64 oldestKept = *pivot;
    // Many may share the pivot's time (a flood within one millisecond): those go too until the target is reached.
    qsizetype excess = qsizetype(table.size()) - target;
    std::erase_if(table, [oldestKept, &excess](const Table::value_type &entry) {
        const bool drop = excess > 0 && entry.second.last().at <= oldestKept;
        excess -= drop ? 1 : 0;
        return drop;
    });
}

} // namespace confidant::server
