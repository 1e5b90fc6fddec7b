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
    case InquiryCipher::Field::EventNote:
        return QByteArrayLiteral("event_note");
    case InquiryCipher::Field::PostponementReason:
        return QByteArrayLiteral("postponement_reason");
    }
    return {};
}

} // namespace

InquiryCipher::InquiryCipher(qint64 inquiryId, SecretKey dataKey) : m_inquiryId(inquiryId), m_dataKey(std::move(dataKey)) {}

QByteArray InquiryCipher::associatedData(qint64 inquiryId, Field field)
{
    return QByteArrayLiteral("confidant:v1:") + QByteArray::number(inquiryId) + ':' + fieldName(field);
}

// The author is one of the row's own words ("customer", "advisor"), never a name: ':' cannot occur in it, so the
// parts cannot be shifted into one another.
QByteArray InquiryCipher::associatedData(qint64 inquiryId, Field field, const Row &row)
{
    return QByteArrayLiteral("confidant:v2:") + QByteArray::number(inquiryId) + ':' + fieldName(field) + ':' + QByteArray::number(row.id)
        + ':' + row.author.toByteArray();
}

std::optional<QByteArray> InquiryCipher::seal(Field field, const QString &text) const
{
    return sealWith(associatedData(m_inquiryId, field), text);
}

std::optional<QByteArray> InquiryCipher::seal(Field field, const Row &row, const QString &text) const
{
    return sealWith(associatedData(m_inquiryId, field, row), text);
}

std::optional<QString> InquiryCipher::open(Field field, const QByteArray &sealed) const
{
    return openWith(associatedData(m_inquiryId, field), sealed);
}

std::optional<QString> InquiryCipher::open(Field field, const Row &row, const QByteArray &sealed) const
{
    return openWith(associatedData(m_inquiryId, field, row), sealed);
}

std::optional<QByteArray> InquiryCipher::sealWith(const QByteArray &associatedData, const QString &text) const
{
    return TextCipher::seal(m_dataKey, text.toUtf8(), associatedData);
}

std::optional<QString> InquiryCipher::openWith(const QByteArray &associatedData, const QByteArray &sealed) const
{
    const auto plaintext = TextCipher::open(m_dataKey, sealed, associatedData);
    if (!plaintext)
        return std::nullopt;
    return QString::fromUtf8(*plaintext);
}

} // namespace confidant::server
