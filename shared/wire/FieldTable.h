#pragma once

#include "wire/JsonReader.h"
#include "wire/JsonWriter.h"
#include "wire/WireTime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <type_traits>

// One field table per entity: a function that names each field once, its key and its member, in the order the wire
// writes them, for any visitor:
//
//     template<typename Entity, typename Field>   // Entity: const Inquiry to encode, Inquiry to decode
//     void inquiryFields(Entity &inquiry, Field &&field) { field("id", inquiry.id); field("state", keyed(...)); }
//
// The visitors below turn that one table into the QJsonObject encoder, the streaming JsonWriter encoder and the
// decoder, so no encoder can drop or rename a field the others have (tests/shared/tst_wirefields round-trips each).
namespace confidant::wire {

// An integer member that must lie in [min, max] when read.
template<typename T>
struct Ranged {
    T &value;
    qint64 min;
    qint64 max;
};
template<typename T>
Ranged<T> ranged(T &value, qint64 min, qint64 max)
{
    return {value, min, max};
}

// An enum member written as its key; `expected` says which keys there are when one is not.
template<typename E>
struct Keyed {
    E &value;
    QString (*toKey)(std::remove_const_t<E>);
    std::optional<std::remove_const_t<E>> (*fromKey)(const QString &);
    const char *expected;
};
template<typename E>
Keyed<E> keyed(E &value, QString (*toKey)(std::remove_const_t<E>), std::optional<std::remove_const_t<E>> (*fromKey)(const QString &),
               const char *expected)
{
    return {value, toKey, fromKey, expected};
}

// A set of flags written as an array of keys. Reading ignores keys it does not know: a newer server may offer
// more than this version can do.
template<typename F>
struct KeyList {
    F &value;
    QStringList (*toKeys)(std::remove_const_t<F>);
    std::remove_const_t<F> (*fromKeys)(const QStringList &);
};
template<typename F>
KeyList<F> keyList(F &value, QStringList (*toKeys)(std::remove_const_t<F>), std::remove_const_t<F> (*fromKeys)(const QStringList &))
{
    return {value, toKeys, fromKeys};
}

// A time member that is invalid when there is none: null on the wire.
template<typename T>
struct NullableTime {
    T &value;
};
template<typename T>
NullableTime<T> nullableTime(T &value)
{
    return {value};
}

// A list of entities, each written and read by its own field table (`table`, a generic lambda like the others).
template<typename L, typename Table>
struct Items {
    L &value;
    Table table;
};
template<typename L, typename Table>
Items<L, Table> items(L &value, Table table)
{
    return {value, table};
}

template<typename T, typename Table>
QJsonObject objectOf(const T &entity, Table table);
template<typename T, typename Table>
std::optional<T> entityFrom(const QJsonObject &json, Table table, QString *error);

// Writes each field into a QJsonObject.
class ObjectFields {
public:
    explicit ObjectFields(QJsonObject &json) : m_json(json) {}

    void operator()(const char *key, qint64 value) { put(key, QJsonValue(double(value))); }
    void operator()(const char *key, bool value) { put(key, value); }
    void operator()(const char *key, const QString &value) { put(key, value); }
    void operator()(const char *key, const QDateTime &value) { put(key, timeJson(value)); }
    void operator()(const char *key, const std::optional<QDateTime> &value) { put(key, timeJson(value)); }
    void operator()(const char *key, const std::optional<qint64> &value)
    {
        put(key, value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null));
    }
    template<typename T>
    void operator()(const char *key, const Ranged<T> &field) { put(key, QJsonValue(double(field.value))); }
    template<typename E>
    void operator()(const char *key, const Keyed<E> &field) { put(key, field.toKey(field.value)); }
    template<typename F>
    void operator()(const char *key, const KeyList<F> &field) { put(key, QJsonArray::fromStringList(field.toKeys(field.value))); }
    template<typename T>
    void operator()(const char *key, const NullableTime<T> &field) { put(key, timeJson(field.value)); }
    void operator()(const char *key, const QList<qint64> &ids)
    {
        QJsonArray array;
        for (qint64 id : ids)
            array.append(double(id));
        put(key, array);
    }
    template<typename L, typename Table>
    void operator()(const char *key, const Items<L, Table> &field)
    {
        QJsonArray array;
        for (const auto &item : field.value)
            array.append(objectOf(item, field.table));
        put(key, array);
    }

private:
    void put(const char *key, const QJsonValue &value) { m_json.insert(QLatin1String(key), value); }
    QJsonObject &m_json;
};

// Writes each field straight into a JsonWriter's buffer, for the answers that carry thousands of objects.
class WriterFields {
public:
    explicit WriterFields(JsonWriter &writer) : m_w(writer) {}

    void operator()(const char *key, qint64 value) { m_w.key(key).value(value); }
    void operator()(const char *key, bool value) { m_w.key(key).value(value); }
    void operator()(const char *key, const QString &value) { m_w.key(key).value(value); }
    void operator()(const char *key, const QDateTime &value) { m_w.key(key).time(value); }
    void operator()(const char *key, const std::optional<QDateTime> &value) { m_w.key(key).time(value); }
    void operator()(const char *key, const std::optional<qint64> &value) { m_w.key(key).value(value); }
    template<typename T>
    void operator()(const char *key, const Ranged<T> &field) { m_w.key(key).value(qint64(field.value)); }
    template<typename E>
    void operator()(const char *key, const Keyed<E> &field) { m_w.key(key).value(field.toKey(field.value)); }
    template<typename F>
    void operator()(const char *key, const KeyList<F> &field)
    {
        m_w.key(key).beginArray();
        for (const QString &name : field.toKeys(field.value))
            m_w.value(name);
        m_w.endArray();
    }
    template<typename T>
    void operator()(const char *key, const NullableTime<T> &field) { m_w.key(key).time(field.value); }
    void operator()(const char *key, const QList<qint64> &ids)
    {
        m_w.key(key).beginArray();
        for (qint64 id : ids)
            m_w.value(id);
        m_w.endArray();
    }
    template<typename L, typename Table>
    void operator()(const char *key, const Items<L, Table> &field)
    {
        m_w.key(key).beginArray();
        for (const auto &item : field.value) {
            m_w.beginObject();
            field.table(item, *this);
            m_w.endObject();
        }
        m_w.endArray();
    }

private:
    JsonWriter &m_w;
};

// Reads each field from a JsonReader, which keeps the first problem.
class ReaderFields {
public:
    explicit ReaderFields(JsonReader &reader) : m_r(reader) {}

    void operator()(const char *key, qint64 &value) { value = m_r.id(key); }
    void operator()(const char *key, bool &value) { value = m_r.boolean(key); }
    void operator()(const char *key, QString &value) { value = m_r.string(key); }
    void operator()(const char *key, QDateTime &value) { value = m_r.time(key); }
    void operator()(const char *key, std::optional<QDateTime> &value) { value = m_r.optionalTime(key); }
    void operator()(const char *key, std::optional<qint64> &value) { value = m_r.optionalId(key); }
    template<typename T>
    void operator()(const char *key, const Ranged<T> &field) { field.value = T(m_r.integer(key, field.min, field.max)); }
    template<typename E>
    void operator()(const char *key, const Keyed<E> &field)
    {
        const auto value = field.fromKey(m_r.string(key));
        if (!value)
            m_r.fail(key, field.expected);
        field.value = value.value_or(E{});
    }
    // Absent (an older server) is none.
    template<typename F>
    void operator()(const char *key, const KeyList<F> &field) { field.value = m_r.has(key) ? field.fromKeys(m_r.strings(key)) : F{}; }
    void operator()(const char *key, QList<qint64> &ids) { ids = m_r.ids(key); }
    template<typename T>
    void operator()(const char *key, const NullableTime<T> &field) { field.value = m_r.optionalTime(key).value_or(QDateTime()); }
    template<typename L, typename Table>
    void operator()(const char *key, const Items<L, Table> &field)
    {
        using T = typename L::value_type;
        field.value = m_r.list<T>(key, [&field](const QJsonObject &json, QString *error) { return entityFrom<T>(json, field.table, error); });
    }

private:
    JsonReader &m_r;
};

// The QJsonObject of an entity from its field table.
template<typename T, typename Table>
QJsonObject objectOf(const T &entity, Table table)
{
    QJsonObject json;
    table(entity, ObjectFields(json));
    return json;
}

// The entity read from `json` by its field table, nullopt with the first problem in `error`; `check` may add
// problems that span fields (called only when every field could be read).
template<typename T, typename Table, typename Check>
std::optional<T> entityFrom(const QJsonObject &json, Table table, Check check, QString *error)
{
    JsonReader reader(json);
    T entity{};
    table(entity, ReaderFields(reader));
    if (reader.ok())
        check(entity, reader);
    return reader.result(std::move(entity), error);
}

template<typename T, typename Table>
std::optional<T> entityFrom(const QJsonObject &json, Table table, QString *error)
{
    return entityFrom<T>(json, table, [](const T &, JsonReader &) {}, error);
}

} // namespace confidant::wire
