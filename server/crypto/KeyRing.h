#pragma once

#include "crypto/KeyRingFile.h"
#include "crypto/SecretKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QReadWriteLock>
#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <utility>

namespace confidant::server {

// A data key as the database keeps it: sealed under the key-encryption key (KEK) of an epoch.
struct WrappedKey {
    int epoch = 0;
    QByteArray bytes;
};

// Whose key a wrapped key is, bound into the associated data: an inquiry's data key never opens as a customer's
// second-factor secret, nor one customer's as another's.
struct KeyOwner {
    enum class Kind { Inquiry, CustomerSecret };
    Kind kind = Kind::Inquiry;
    qint64 id = 0;

    static KeyOwner inquiry(qint64 inquiryId) { return {Kind::Inquiry, inquiryId}; }
    static KeyOwner customerSecret(qint64 customerId) { return {Kind::CustomerSecret, customerId}; }
};

// The key-encryption keys, by epoch, from the key ring file outside the database (docs/operations.md, "Keys").
// The newest epoch is the current one: new data keys are wrapped with it. Older epochs stay only while a rotation
// still has data keys wrapped with them; removing an epoch's KEK is what makes every backup that holds keys wrapped
// with it unreadable.
// Safe to use from every worker thread. Another process may replace the file (confidant-admin rotate-keys, a
// second server instance): an unknown epoch, or a changed file before a wrap, makes the ring read it again.
class KeyRing {
public:
    // A new file with epoch 1; refuses to replace an existing one (that would destroy every inquiry's text).
    static bool create(const QString &path, const QDateTime &now, QString *error);
    // None with a message naming the path and what to do (missing, readable by others, not a key ring).
    static std::unique_ptr<KeyRing> load(const QString &path, QString *error);

    KeyRing(const KeyRing &) = delete;
    KeyRing &operator=(const KeyRing &) = delete;

    QString path() const { return m_path; }
    int currentEpoch() const;
    QDateTime currentSince() const; // when the current epoch was added
    QList<int> epochs() const;      // oldest first

    // A data key wrapped with the current epoch's KEK, the inquiry id and epoch bound as associated data.
    std::optional<WrappedKey> wrap(qint64 inquiryId, const SecretKey &dataKey) { return wrap(KeyOwner::inquiry(inquiryId), dataKey); }
    std::optional<WrappedKey> wrap(const KeyOwner &owner, const SecretKey &key);
    // None when the ring has no KEK of that epoch any more (a deleted inquiry's key in an old backup) or the
    // wrapped key does not belong to this inquiry.
    std::optional<SecretKey> unwrap(qint64 inquiryId, const WrappedKey &wrapped) { return unwrap(KeyOwner::inquiry(inquiryId), wrapped); }
    std::optional<SecretKey> unwrap(const KeyOwner &owner, const WrappedKey &wrapped);

    // Rotation bookkeeping (KeyRotation drives it and holds the lock that keeps two rotations apart).
    // Adds a new current epoch and saves the file; returns its number.
    std::optional<int> addEpoch(const QDateTime &now, QString *error);
    // Removes the KEKs of every epoch older than `epoch` and saves the file.
    bool retireBefore(int epoch, QString *error);

    static QByteArray associatedData(qint64 inquiryId, int epoch) { return associatedData(KeyOwner::inquiry(inquiryId), epoch); }
    static QByteArray associatedData(const KeyOwner &owner, int epoch);

private:
    struct Epoch {
        QDateTime created;
        SecretKey key;
    };
    using Epochs = std::map<int, Epoch>;

    KeyRing(QString path, KeyRingFile::Stamp stamp, Epochs epochs);
    static std::optional<Epochs> parse(const QByteArray &contents);
    static QByteArray serialize(const Epochs &epochs);
    bool reloadIfChanged();
    std::pair<int, SecretKey> current() const;
    std::optional<SecretKey> keyOf(int epoch) const;
    bool saveLocked(const Epochs &epochs, QString *error);

    const QString m_path;
    mutable QReadWriteLock m_lock;
    KeyRingFile::Stamp m_stamp;
    Epochs m_epochs;
};

} // namespace confidant::server
