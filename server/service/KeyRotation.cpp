#include "service/KeyRotation.h"

#include "crypto/KeyRing.h"
#include "store/Database.h"
#include "service/ServiceLog.h"

namespace confidant::server {

KeyRotation::KeyRotation(Database &database) : m_database(database), m_epochs(database) {}

bool KeyRotation::isDue(const QDateTime &now, std::chrono::hours interval) const
{
    const KeyRing *ring = m_database.keyRing();
    return ring && ring->currentSince().addSecs(std::chrono::duration_cast<std::chrono::seconds>(interval).count()) <= now;
}

bool KeyRotation::isDue(const QDateTime &now, std::chrono::hours interval, std::chrono::minutes afterDeletion) const
{
    const KeyRing *ring = m_database.keyRing();
    if (!ring || isDue(now, interval))
        return ring != nullptr;
    if (ring->currentSince().addSecs(std::chrono::duration_cast<std::chrono::seconds>(afterDeletion).count()) > now)
        return false;
    return m_epochs.deletedSince(ring->currentSince()).value_or(false);
}

std::optional<KeyRotation::Report> KeyRotation::rotate(const QDateTime &now, QString *error)
{
    if (!m_database.keyRing()) {
        *error = QStringLiteral("no key ring is loaded");
        return std::nullopt;
    }
    std::optional<Report> report;
    const bool ran = m_database.runAlone(Database::Job::KeyRotation, false, [&] {
        report = rotateLocked(now, error);
        return report.has_value();
    });
    if (!ran && !report && error->isEmpty())
        *error = QStringLiteral("another key rotation is running on this database, or the database is unavailable; try again later");
    return report;
}

std::optional<KeyRotation::Report> KeyRotation::rotateLocked(const QDateTime &now, QString *error)
{
    KeyRing &ring = *m_database.keyRing();
    const auto epoch = ring.addEpoch(now, error);
    if (!epoch)
        return std::nullopt;
    if (!m_epochs.registerEpoch(*epoch)) {
        *error = QStringLiteral("cannot record key epoch %1 in the database; the rotation can be run again").arg(*epoch);
        return std::nullopt;
    }
    Report report{*epoch, 0, {}};
    // A server that had not yet seen the new epoch may add a key of an old one meanwhile: then the epoch cannot be
    // deleted (the foreign key) and the stragglers are wrapped again. Once deleted, no such key can be written.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const auto rewrapped = rewrapOlderThan(*epoch, error);
        if (!rewrapped)
            return std::nullopt;
        report.rewrapped += *rewrapped;
        if (m_epochs.retireBelow(*epoch))
            break;
        if (attempt == 4) {
            *error = QStringLiteral("keys of older epochs kept appearing; the old keys stay until the next rotation");
            return std::nullopt;
        }
    }
    for (int old : ring.epochs())
        if (old < *epoch)
            report.retired.append(old);
    if (!ring.retireBefore(*epoch, error))
        return std::nullopt;
    qCInfo(lcService) << "key rotation: epoch" << *epoch << "is current;" << report.rewrapped << "data keys wrapped again; retired"
                    << report.retired;
    return report;
}

// In short transactions of `batchSize` rows, so a deletion or a reader never waits long.
std::optional<qint64> KeyRotation::rewrapOlderThan(int epoch, QString *error)
{
    KeyRing &ring = *m_database.keyRing();
    const auto rewrap = [&](const KeyOwner &owner, const WrappedKey &key) -> std::optional<WrappedKey> {
        const auto opened = ring.unwrap(owner, key);
        const auto wrapped = opened ? ring.wrap(owner, *opened) : std::nullopt;
        if (!wrapped || wrapped->epoch != epoch) {
            *error = QStringLiteral("the %1 %2 cannot be opened with the key ring %3; nothing was retired")
                         .arg(owner.kind == KeyOwner::Kind::Inquiry ? QStringLiteral("data key of inquiry") : QStringLiteral("second-factor secret of customer"))
                         .arg(owner.id).arg(ring.path());
            return std::nullopt;
        }
        return wrapped;
    };
    qint64 total = 0;
    for (;;) {
        const auto batch = m_epochs.rewrapBatchBelow(epoch, batchSize, rewrap);
        if (!batch) {
            if (error->isEmpty())
                *error = QStringLiteral("the database failed while keys were wrapped again; run the rotation again");
            return std::nullopt;
        }
        if (*batch == 0)
            return total;
        total += *batch;
    }
}

} // namespace confidant::server
