#include "crypto/KeyRing.h"

#include "crypto/CryptoLog.h"
#include "crypto/TextCipher.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <openssl/crypto.h>

namespace confidant::server {
namespace {

const QString formatName = QStringLiteral("confidant-key-ring");

void wipe(QByteArray &bytes)
{
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

const char *ownerName(const KeyOwner &owner)
{
    return owner.kind == KeyOwner::Kind::Inquiry ? "inquiry" : "the second-factor secret of customer";
}

} // namespace

KeyRing::KeyRing(QString path, KeyRingFile::Stamp stamp, Epochs epochs)
    : m_path(std::move(path)), m_stamp(stamp), m_epochs(std::move(epochs))
{
}

bool KeyRing::create(const QString &path, const QDateTime &now, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = QStringLiteral("the key ring %1 exists already; replacing it would make every stored inquiry unreadable").arg(path);
        return false;
    }
    const auto key = SecretKey::random();
    if (!key) {
        *error = QStringLiteral("OpenSSL could not generate a random key");
        return false;
    }
    Epochs epochs;
    epochs.emplace(1, Epoch{now.toUTC(), *key});
    QByteArray contents = serialize(epochs);
    const bool written = KeyRingFile::write(path, contents, error);
    wipe(contents);
    return written;
}

std::unique_ptr<KeyRing> KeyRing::load(const QString &path, QString *error)
{
    KeyRingFile::Stamp stamp;
    auto contents = KeyRingFile::read(path, &stamp, error);
    if (!contents)
        return nullptr;
    auto epochs = parse(*contents);
    wipe(*contents);
    if (!epochs || epochs->empty()) {
        *error = QStringLiteral("%1 is not a Confidant key ring (it was not written by confidant-admin create-key-ring, "
                                "or it was changed by hand)").arg(path);
        return nullptr;
    }
    return std::unique_ptr<KeyRing>(new KeyRing(path, stamp, std::move(*epochs)));
}

std::optional<KeyRing::Epochs> KeyRing::parse(const QByteArray &contents)
{
    const QJsonObject root = QJsonDocument::fromJson(contents).object();
    if (root.value(QStringLiteral("format")).toString() != formatName || root.value(QStringLiteral("version")).toInt() != 1)
        return std::nullopt;
    Epochs epochs;
    for (const QJsonValue &value : root.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject entry = value.toObject();
        const int number = entry.value(QStringLiteral("epoch")).toInt();
        QByteArray raw = QByteArray::fromBase64(entry.value(QStringLiteral("key")).toString().toLatin1());
        const auto key = SecretKey::fromBytes(raw);
        wipe(raw);
        const QDateTime created = QDateTime::fromString(entry.value(QStringLiteral("created")).toString(), Qt::ISODate);
        if (number <= 0 || !key || !created.isValid() || epochs.count(number))
            return std::nullopt;
        epochs.emplace(number, Epoch{created.toUTC(), *key});
    }
    return epochs;
}

QByteArray KeyRing::serialize(const Epochs &epochs)
{
    QJsonArray keys;
    for (const auto &[number, epoch] : epochs) {
        QByteArray raw = epoch.key.toBytes();
        keys.append(QJsonObject{{QStringLiteral("epoch"), number},
                                {QStringLiteral("created"), epoch.created.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("key"), QString::fromLatin1(raw.toBase64())}});
        wipe(raw);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), formatName}, {QStringLiteral("version"), 1},
                                     {QStringLiteral("keys"), keys}})
        .toJson();
}

int KeyRing::currentEpoch() const
{
    QReadLocker locker(&m_lock);
    return m_epochs.rbegin()->first;
}

QDateTime KeyRing::currentSince() const
{
    QReadLocker locker(&m_lock);
    return m_epochs.rbegin()->second.created;
}

QList<int> KeyRing::epochs() const
{
    QReadLocker locker(&m_lock);
    QList<int> numbers;
    for (const auto &entry : m_epochs)
        numbers.append(entry.first);
    return numbers;
}

QByteArray KeyRing::associatedData(const KeyOwner &owner, int epoch)
{
    const QByteArray kind = owner.kind == KeyOwner::Kind::Inquiry ? QByteArrayLiteral("confidant:key:v1:") : QByteArrayLiteral("confidant:customer-secret:v1:");
    return kind + QByteArray::number(owner.id) + ':' + QByteArray::number(epoch);
}

std::optional<WrappedKey> KeyRing::wrap(const KeyOwner &owner, const SecretKey &dataKey)
{
    // A stat per new inquiry keeps a server from wrapping with an epoch another process has retired meanwhile
    // (the database refuses such a row: inquiry_keys.epoch references key_epochs).
    reloadIfChanged();
    const auto [epoch, kek] = current();
    QByteArray raw = dataKey.toBytes();
    auto sealed = TextCipher::seal(kek, raw, associatedData(owner, epoch));
    wipe(raw);
    if (!sealed)
        return std::nullopt;
    return WrappedKey{epoch, *sealed};
}

std::optional<SecretKey> KeyRing::unwrap(const KeyOwner &owner, const WrappedKey &wrapped)
{
    auto kek = keyOf(wrapped.epoch);
    if (!kek && reloadIfChanged())
        kek = keyOf(wrapped.epoch);
    if (!kek) {
        qCWarning(lcCrypto) << "the key ring" << m_path << "has no key of epoch" << wrapped.epoch << "for" << ownerName(owner) << owner.id;
        return std::nullopt;
    }
    auto raw = TextCipher::open(*kek, wrapped.bytes, associatedData(owner, wrapped.epoch));
    if (!raw) {
        qCWarning(lcCrypto) << "the key of" << ownerName(owner) << owner.id << "does not open with epoch" << wrapped.epoch;
        return std::nullopt;
    }
    auto key = SecretKey::fromBytes(*raw);
    wipe(*raw);
    return key;
}

// Copies under the lock, so a rotation in another thread never pulls a key from under a reader.
std::pair<int, SecretKey> KeyRing::current() const
{
    QReadLocker locker(&m_lock);
    return {m_epochs.rbegin()->first, m_epochs.rbegin()->second.key};
}

std::optional<SecretKey> KeyRing::keyOf(int epoch) const
{
    QReadLocker locker(&m_lock);
    const auto found = m_epochs.find(epoch);
    if (found == m_epochs.end())
        return std::nullopt;
    return found->second.key;
}

// Reads the file again when another process replaced it; true when it did.
bool KeyRing::reloadIfChanged()
{
    const auto stamp = KeyRingFile::stamp(m_path);
    {
        QReadLocker locker(&m_lock);
        if (!stamp || *stamp == m_stamp)
            return false;
    }
    QString error;
    const auto fresh = load(m_path, &error);
    if (!fresh) {
        qCWarning(lcCrypto) << "keeping the keys read before:" << error;
        return false;
    }
    QWriteLocker locker(&m_lock);
    m_epochs = fresh->m_epochs;
    m_stamp = fresh->m_stamp;
    qCInfo(lcCrypto) << "read the key ring" << m_path << "again: epochs" << m_epochs.begin()->first << "to" << m_epochs.rbegin()->first;
    return true;
}

std::optional<int> KeyRing::addEpoch(const QDateTime &now, QString *error)
{
    reloadIfChanged();
    const auto key = SecretKey::random();
    if (!key) {
        *error = QStringLiteral("OpenSSL could not generate a random key");
        return std::nullopt;
    }
    QWriteLocker locker(&m_lock);
    Epochs epochs = m_epochs;
    const int number = epochs.rbegin()->first + 1;
    epochs.emplace(number, Epoch{now.toUTC(), *key});
    if (!saveLocked(epochs, error))
        return std::nullopt;
    return number;
}

bool KeyRing::retireBefore(int epoch, QString *error)
{
    reloadIfChanged();
    QWriteLocker locker(&m_lock);
    Epochs epochs = m_epochs;
    epochs.erase(epochs.begin(), epochs.lower_bound(epoch));
    if (epochs.empty()) {
        *error = QStringLiteral("refusing to remove every key of the key ring %1").arg(m_path);
        return false;
    }
    return epochs.size() == m_epochs.size() || saveLocked(epochs, error);
}

bool KeyRing::saveLocked(const Epochs &epochs, QString *error)
{
    QByteArray contents = serialize(epochs);
    const bool written = KeyRingFile::write(m_path, contents, error);
    wipe(contents);
    const auto stamp = KeyRingFile::stamp(m_path);
    if (!written || !stamp)
        return false;
    m_epochs = epochs;
    m_stamp = *stamp;
    return true;
}

} // namespace confidant::server
