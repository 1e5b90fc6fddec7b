#include "wire/JsonWriter.h"

#include "wire/WireTime.h"

namespace confidant::wire {

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void JsonWriter::separate()
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

void JsonWriter::raw(const char *text)
{
    separate();
    m_out.append(text);
}

JsonWriter &JsonWriter::beginObject()
{
    raw("{");
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    raw("[");
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    m_first = false;
    return *this;
}

// A key is ours (ASCII, nothing to escape); the value after it takes no comma.
JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    separate();
    m_out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '"' || byte == '\\') {
            m_out.append('\\').append(c);
        } else if (byte == '\n') {
            m_out.append("\\n");
        } else if (byte < 0x20) {
            const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
            m_out.append(escaped, sizeof escaped);
        } else {
            m_out.append(c);
        }
    }
    m_out.append('"');
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    raw(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::value(const std::optional<qint64> &number)
{
    return number ? value(*number) : null();
}

JsonWriter &JsonWriter::time(const QDateTime &time)
{
    if (!time.isValid())
        return null();
    separate();
    m_out.append('"').append(formatUtcTime(time).toLatin1()).append('"');
    return *this;
}

JsonWriter &JsonWriter::time(const std::optional<QDateTime> &time)
{
    return time ? this->time(*time) : null();
}

JsonWriter &JsonWriter::null()
{
    raw("null");
    return *this;
}

} // namespace confidant::wire
