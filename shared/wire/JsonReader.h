#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace confidant::wire {

// Parses a whole JSON document that must be an object; nullopt for malformed JSON, text that is not UTF-8, a lone
// UTF-16 surrogate escape, or another type, with why in `error`.
std::optional<QJsonObject> parseObject(const QByteArray &document, QString *error = nullptr);
QByteArray encode(const QJsonObject &object);

// Reads the fields of one JSON object and keeps the first problem, so each decoder stays a flat list of reads and
// says which field was wrong ("field \"seq\" must be a non-negative integer").
class JsonReader {
public:
    explicit JsonReader(const QJsonObject &json) : m_json(json) {}

    qint64 id(const char *key);
    qint64 integer(const char *key, qint64 min, qint64 max);
    std::optional<qint64> optionalId(const char *key);
    QString string(const char *key);
    QDateTime time(const char *key);
    std::optional<QDateTime> optionalTime(const char *key);
    bool boolean(const char *key);
    QList<qint64> ids(const char *key);
    QStringList strings(const char *key);
    QJsonArray array(const char *key);
    QJsonObject object(const char *key);
    bool has(const char *key) const { return m_json.contains(QLatin1String(key)); }

    void fail(const char *key, const char *expected) { fail(key, QLatin1String(expected)); }
    void fail(const char *key, const QString &expected);
    bool ok() const { return m_error.isEmpty(); }

    // The value read, or nullopt with the first problem in `error`.
    template<typename T>
    std::optional<T> result(T value, QString *error) const
    {
        if (!m_error.isEmpty()) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return value;
    }

    // The array `key` of objects, each read by `decode` (T's fromJson); a bad element fails the field.
    template<typename T, typename Decode>
    QList<T> list(const char *key, Decode decode)
    {
        QList<T> items;
        for (const QJsonValue &value : array(key)) {
            std::optional<T> item = value.isObject() ? decode(value.toObject(), nullptr) : std::nullopt;
            if (!item) {
                fail(key, "an array of valid objects");
                return {};
            }
            items.append(std::move(*item));
        }
        return items;
    }

private:
    bool isAbsent(const char *key) const;

    QJsonObject m_json;
    QString m_error;
};

} // namespace confidant::wire
