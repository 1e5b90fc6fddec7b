#pragma once

#include "crypto/SecretKey.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace confidant::server {

// An inquiry's texts under its own data key. The associated data "confidant:v1:<inquiry id>:<field>" binds each
// sealed value to its inquiry and field, so a subject copied into another inquiry, or into a message body, does
// not open.
class InquiryCipher {
public:
    enum class Field { Subject, Body, Note };

    InquiryCipher(qint64 inquiryId, SecretKey dataKey);

    qint64 inquiryId() const { return m_inquiryId; }
    std::optional<QByteArray> seal(Field field, const QString &text) const;
    // None when the value does not belong here or was changed (TextCipher::open).
    std::optional<QString> open(Field field, const QByteArray &sealed) const;

    static QByteArray associatedData(qint64 inquiryId, Field field);

private:
    qint64 m_inquiryId;
    SecretKey m_dataKey;
};

} // namespace confidant::server
