#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QHash>
#include <QHashFunctions>
#include <QMutex>
#include <functional>

namespace confidant::server {

// Encoded answers of the team queue (GET /api/v1/queue), by team, lead or not (what they may do to an inquiry
// differs) and limit. The queue only changes when a change is committed, so every announcement empties it
// (clear); the advisor's identity is still checked on every request. An answer read before an announcement is not
// kept after it (the generation tells). Used from the database workers; clear() from the server's thread.
class QueueCache {
public:
    struct Key {
        qint64 teamId = 0;
        bool teamLead = false;
        int limit = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) { return qHashMulti(seed, key.teamId, key.teamLead, key.limit); }
    };
    using Read = std::function<Result<QByteArray>()>;

    // The kept answer, or what `read` gives (kept unless an announcement came while it read).
    Result<QByteArray> answer(const Key &key, const Read &read);
    void clear();
    int size() const;

private:
    mutable QMutex m_mutex;
    QHash<Key, QByteArray> m_answers;
    quint64 m_generation = 0;
};

} // namespace confidant::server
