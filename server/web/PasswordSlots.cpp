#include "web/PasswordSlots.h"

namespace confidant::server {

PasswordSlots::Ticket PasswordSlots::take(const QByteArray &accountKey, const QByteArray &addressKey)
{
    const QMutexLocker locker(&m_mutex);
    if (m_accounts.value(accountKey) >= m_limits.perAccount || m_addresses.value(addressKey) >= m_limits.perAddress)
        return {};
    ++m_accounts[accountKey];
    ++m_addresses[addressKey];
    // Only keys that hold a place are kept, so the tables stay as small as the queue.
    return Ticket(static_cast<void *>(this), [this, accountKey, addressKey](void *) { release(accountKey, addressKey); });
}

void PasswordSlots::release(const QByteArray &accountKey, const QByteArray &addressKey)
{
    const QMutexLocker locker(&m_mutex);
    decrement(m_accounts, accountKey);
    decrement(m_addresses, addressKey);
}

void PasswordSlots::decrement(QHash<QByteArray, int> &holders, const QByteArray &key)
{
    const auto found = holders.find(key);
    if (found != holders.end() && --found.value() <= 0)
        holders.erase(found);
}

} // namespace confidant::server
