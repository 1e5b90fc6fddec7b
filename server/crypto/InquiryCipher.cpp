#include "crypto/InquiryCipher.h"

#include "crypto/TextCipher.h"

namespace confidant::server {
namespace {

QByteArray fieldName(InquiryCipher::Field field)
{
    switch (field) {
    case InquiryCipher::Field::Subject:
        return QByteArrayLiteral("subject");
    case InquiryCipher::Field::Body:
        return QByteArrayLiteral("body");
    case InquiryCipher::Field::Note:
        return QByteArrayLiteral("note");
    }
    return {};
}

} // namespace

InquiryCipher::InquiryCipher(qint64 inquiryId, SecretKey dataKey) : m_inquiryId(inquiryId), m_dataKey(std::move(dataKey)) {}

QByteArray InquiryCipher::associatedData(qint64 inquiryId, Field field)
{
    return QByteArrayLiteral("confidant:v1:") + QByteArray::number(inquiryId) + ':' + fieldName(field);
}

std::optional<QByteArray> InquiryCipher::seal(Field field, const QString &text) const
{
    return TextCipher::seal(m_dataKey, text.toUtf8(), associatedData(m_inquiryId, field));
}

std::optional<QString> InquiryCipher::open(Field field, const QByteArray &sealed) const
{
    const auto plaintext = TextCipher::open(m_dataKey, sealed, associatedData(m_inquiryId, field));
    if (!plaintext)
        return std::nullopt;
    return QString::fromUtf8(*plaintext);
}

} // namespace confidant::server
