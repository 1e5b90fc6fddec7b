#include "wire/JsonReader.h"

#include "validation/Validation.h"
#include "wire/WireTime.h"

#include <QJsonDocument>

namespace confidant::wire {
namespace {

// JSON numbers are doubles; ids travel as numbers below 2^53, so this is exact.
bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
}

// Offset of the first backslash-u escape of a code unit D800..DFFF that is not half of a high-low pair, or -1.
// QJsonDocument accepts such a lone surrogate and the QString then holds something no UTF-8 can carry (PostgreSQL
// stored it as "?"), so a document with one is malformed. Raw bytes need no check: decodeStrictUtf8 refuses
// encoded surrogates; only escapes can produce them, and backslashes occur in JSON only inside strings.
qsizetype loneSurrogateEscape(const QByteArray &document)
{
    const auto codeUnitAt = [&document](qsizetype at) -> int {
        if (at + 6 > document.size() || document.at(at) != '\\' || document.at(at + 1) != 'u')
            return -1;
        bool ok = false;
        const int unit = document.mid(at + 2, 4).toInt(&ok, 16);
        return ok ? unit : -1;
    };
    for (qsizetype at = document.indexOf('\\'); at >= 0; at = document.indexOf('\\', at)) {
        const int unit = codeUnitAt(at);
        if (unit < 0) {
            at += 2; // another escape, "\\\\" included: its second character is never the start of one
            continue;
        }
        if (QChar::isLowSurrogate(char16_t(unit)))
            return at;
        if (QChar::isHighSurrogate(char16_t(unit))) {
            if (!QChar::isLowSurrogate(char16_t(qMax(codeUnitAt(at + 6), 0))))
                return at;
            at += 6;
        }
        at += 6;
    }
    return -1;
}

} // namespace

std::optional<QJsonObject> parseObject(const QByteArray &document, QString *error)
{
    if (!validation::decodeStrictUtf8(document)) {
        if (error)
            *error = QStringLiteral("the request body is not valid UTF-8");
        return std::nullopt;
    }
    if (const qsizetype at = loneSurrogateEscape(document); at >= 0) {
        if (error)
            *error = QStringLiteral("malformed JSON at offset %1: a \\u escape names half of a UTF-16 surrogate pair").arg(at);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                         : QStringLiteral("the JSON document must be an object");
        return std::nullopt;
    }
    return json.object();
}

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

qint64 JsonReader::id(const char *key)
{
    const QJsonValue v = m_json.value(QLatin1String(key));
    if (!isWholeNumber(v) || v.toDouble() < 0)
        return fail(key, "a non-negative integer"), 0;
    return qint64(v.toDouble());
}

qint64 JsonReader::integer(const char *key, qint64 min, qint64 max)
{
    const QJsonValue v = m_json.value(QLatin1String(key));
    if (!isWholeNumber(v) || v.toDouble() < double(min) || v.toDouble() > double(max))
        return fail(key, QStringLiteral("an integer from %1 to %2").arg(min).arg(max)), min;
    return qint64(v.toDouble());
}

bool JsonReader::isAbsent(const char *key) const
{
    return m_json.value(QLatin1String(key)).isNull() || !m_json.contains(QLatin1String(key));
}

std::optional<qint64> JsonReader::optionalId(const char *key)
{
    return isAbsent(key) ? std::nullopt : std::optional<qint64>(id(key));
}

QString JsonReader::string(const char *key)
{
    const QJsonValue v = m_json.value(QLatin1String(key));
    if (!v.isString())
        return fail(key, "a string"), QString();
    return v.toString();
}

QDateTime JsonReader::time(const char *key)
{
    const QDateTime t = parseUtcTime(string(key));
    if (m_error.isEmpty() && !t.isValid())
        fail(key, "an ISO 8601 time");
    return t;
}

std::optional<QDateTime> JsonReader::optionalTime(const char *key)
{
    return isAbsent(key) ? std::nullopt : std::optional<QDateTime>(time(key));
}

bool JsonReader::boolean(const char *key)
{
    const QJsonValue v = m_json.value(QLatin1String(key));
    if (!v.isBool())
        return fail(key, "true or false"), false;
    return v.toBool();
}

QList<qint64> JsonReader::ids(const char *key)
{
    QList<qint64> values;
    for (const QJsonValue &v : array(key)) {
        if (!isWholeNumber(v) || v.toDouble() < 0)
            return fail(key, "an array of non-negative integers"), QList<qint64>();
        values.append(qint64(v.toDouble()));
    }
    return values;
}

QStringList JsonReader::strings(const char *key)
{
    QStringList values;
    for (const QJsonValue &v : array(key)) {
        if (!v.isString())
            return fail(key, "an array of strings"), QStringList();
        values.append(v.toString());
    }
    return values;
}

QJsonArray JsonReader::array(const char *key)
{
    const QJsonValue v = m_json.value(QLatin1String(key));
    if (!v.isArray())
        return fail(key, "an array"), QJsonArray();
    return v.toArray();
}

QJsonObject JsonReader::object(const char *key)
{
    const QJsonValue v = m_json.value(QLatin1String(key));
    if (!v.isObject())
        return fail(key, "an object"), QJsonObject();
    return v.toObject();
}

void JsonReader::fail(const char *key, const QString &expected)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("field \"%1\" must be %2").arg(QLatin1String(key), expected);
}

} // namespace confidant::wire
