#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <memory>

namespace confidant::server {

// Who holds the hashing queue's places (audit finding 3): one password check at a time per account, and a few per
// address, so nobody fills the queue with parallel guesses while the throttle has not yet seen a single failure.
// Used from any thread.
class PasswordSlots {
public:
    struct Limits {
        int perAccount = 1;
        int perAddress = 2;
    };
    explicit PasswordSlots(Limits limits) : m_limits(limits) {}
    PasswordSlots() : PasswordSlots(Limits{}) {}

    // Held while a check runs; the places are free again when the last copy goes.
    using Ticket = std::shared_ptr<void>;
    // A ticket, or none when this account or address already holds all it may.
    Ticket take(const QByteArray &accountKey, const QByteArray &addressKey);

private:
    void release(const QByteArray &accountKey, const QByteArray &addressKey);
    static void decrement(QHash<QByteArray, int> &holders, const QByteArray &key);

    Limits m_limits;
    QMutex m_mutex;
    QHash<QByteArray, int> m_accounts;
    QHash<QByteArray, int> m_addresses;
};

} // namespace confidant::server
