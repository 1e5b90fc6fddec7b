#pragma once

#include "crypto/SecretKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace confidant::server {

// An inquiry's texts under its own data key. The associated data binds each sealed value to where it belongs, so
// a value copied anywhere else does not open:
// - "confidant:v1:<inquiry id>:<field>" for the texts an inquiry has one of, or whose rows say nothing more
//   (subject, internal notes, the postponement's reason);
// - "confidant:v2:<inquiry id>:<field>:<row id>:<author>" for the texts it has many of in rows that name their
//   author (message bodies, event notes): two messages of one inquiry swapped in the database, or a customer's
//   text made into the advisor's, do not open either (audit 10).
class InquiryCipher {
public:
    enum class Field { Subject, Body, Note, EventNote, PostponementReason };
    // The row a v2 value sits in: its id, and who wrote it as the row says ("customer", "advisor"; may be empty).
    struct Row {
        qint64 id = 0;
        QByteArrayView author;
    };

    InquiryCipher(qint64 inquiryId, SecretKey dataKey);

    qint64 inquiryId() const { return m_inquiryId; }
    std::optional<QByteArray> seal(Field field, const QString &text) const;
    std::optional<QByteArray> seal(Field field, const Row &row, const QString &text) const;
    // None when the value does not belong here or was changed (TextCipher::open).
    std::optional<QString> open(Field field, const QByteArray &sealed) const;
    std::optional<QString> open(Field field, const Row &row, const QByteArray &sealed) const;

    static QByteArray associatedData(qint64 inquiryId, Field field);
    static QByteArray associatedData(qint64 inquiryId, Field field, const Row &row);

private:
    std::optional<QByteArray> sealWith(const QByteArray &associatedData, const QString &text) const;
    std::optional<QString> openWith(const QByteArray &associatedData, const QByteArray &sealed) const;

    qint64 m_inquiryId;
    SecretKey m_dataKey;
};

} // namespace confidant::server
