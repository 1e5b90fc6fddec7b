#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace confidant::wire {

// Writes compact JSON straight into one buffer, for the answers that carry thousands of objects (a change-feed page
// of 2,000 inquiries): building them as QJsonObject and serialising through QJsonDocument took most of a database
// worker's time in a full sync. The caller writes keys and values in order; the writer adds the commas.
// Strings are escaped as RFC 8259 requires (quote, backslash, control characters); everything else is UTF-8 as is.
class JsonWriter {
public:
    explicit JsonWriter(qsizetype reserve = 0);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);

    JsonWriter &value(const QString &text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(bool flag);
    JsonWriter &value(const std::optional<qint64> &number);
    // A time in the wire's form ("…Z"), or null when invalid or absent.
    JsonWriter &time(const QDateTime &time);
    JsonWriter &time(const std::optional<QDateTime> &time);
    JsonWriter &null();

    const QByteArray &data() const { return m_out; }

private:
    void separate();
    void raw(const char *text);

    QByteArray m_out;
    bool m_first = true; // no comma before the next value or key
};

} // namespace confidant::wire
