#include "http/HttpRequest.h"

#include "validation/Validation.h"

#include <QUrl>

namespace confidant::server {

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

QList<QByteArray> HttpRequest::headerValues(QByteArrayView lowerCaseName) const
{
    QList<QByteArray> values;
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            values.append(value);
    }
    return values;
}

std::optional<QHash<QString, QString>> HttpRequest::formFields() const
{
    QHash<QString, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const auto decodedName = validation::decodeStrictUtf8(QByteArray::fromPercentEncoding(name));
        const auto decodedValue = validation::decodeStrictUtf8(QByteArray::fromPercentEncoding(value));
        if (!decodedName || !decodedValue)
            return std::nullopt;
        fields.insert(*decodedName, *decodedValue);
    }
    return fields;
}

QString HttpRequest::cookie(const QString &name) const
{
    for (const QByteArray &line : headerValues("cookie")) {
        for (const QByteArray &part : line.split(';')) {
            const QByteArray trimmed = part.trimmed();
            const qsizetype equals = trimmed.indexOf('=');
            if (equals > 0 && QLatin1String(trimmed.left(equals)) == name)
                return QString::fromLatin1(trimmed.mid(equals + 1));
        }
    }
    return {};
}

} // namespace confidant::server
