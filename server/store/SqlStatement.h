#pragma once

#include "store/StoreError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>
#include <type_traits>

namespace confidant::server {

class Database;

// One row of a result, read by column with the conversions every store needs: times in UTC, NULL as none.
class SqlRow {
public:
    explicit SqlRow(const QSqlQuery &query) : m_query(query) {}

    qint64 id(int column) const { return m_query.value(column).toLongLong(); }
    std::optional<qint64> optionalId(int column) const;
    int number(int column) const { return m_query.value(column).toInt(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    bool flag(int column) const { return m_query.value(column).toBool(); }
    QByteArray bytes(int column) const { return m_query.value(column).toByteArray(); }
    QDateTime time(int column) const { return m_query.value(column).toDateTime().toUTC(); }
    std::optional<QDateTime> optionalTime(int column) const;
    bool isNull(int column) const { return m_query.value(column).isNull(); }
    QVariant value(int column) const { return m_query.value(column); }
    int columnCount() const;

private:
    const QSqlQuery &m_query;
};

namespace detail {
template<typename T>
struct WithoutOptional {
    using type = T;
};
template<typename T>
struct WithoutOptional<std::optional<T>> {
    using type = T;
};
} // namespace detail

// What a row reader gives for one row, a std::optional around it (the unreadable row) stripped.
template<typename Read>
using SqlRowType = typename detail::WithoutOptional<std::remove_cvref_t<std::invoke_result_t<Read, const SqlRow &>>>::type;

// A statement with named values (":name", bound by name wherever it occurs; PostgreSQL's "::type" casts and quoted
// text are left alone), run as a prepared statement on this thread's connection (runQuery's cache), with the reads
// every store repeats: exactly one row, at most one row, every row. A failed statement is "unavailable", logged
// without its values. A row reader returns the row, or std::optional of it when a row may be unreadable (a text
// that does not decrypt): such a row makes the whole read "unavailable", never a partial answer.
class SqlStatement {
public:
    SqlStatement(const Database &database, const QString &sql);

    SqlStatement &bind(const QString &name, const QVariant &value);
    SqlStatement &bind(const QString &name, qint64 number) { return bind(name, QVariant(number)); }
    SqlStatement &bind(const QString &name, int number) { return bind(name, QVariant(number)); }
    SqlStatement &bind(const QString &name, bool flag) { return bind(name, QVariant(flag)); }
    SqlStatement &bind(const QString &name, const QString &text) { return bind(name, QVariant(text)); }
    SqlStatement &bind(const QString &name, const QByteArray &bytes) { return bind(name, QVariant(bytes)); }
    // Times are stored in UTC (timestamptz): what a reader gets back compares equal to what was written.
    SqlStatement &bind(const QString &name, const QDateTime &time) { return bind(name, QVariant(time.toUTC())); }
    // None binds a NULL of the column's type.
    SqlStatement &bind(const QString &name, const std::optional<qint64> &id);
    SqlStatement &bindNullText(const QString &name) { return bind(name, QVariant(QMetaType::fromType<QString>())); }

    // Runs it; false (logged) when it failed or a name in the SQL was not bound.
    bool run();
    // After run(): the rows one by one, and how many rows a write changed.
    bool next() { return m_query.next(); }
    SqlRow row() const { return SqlRow(m_query); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs it: "unavailable" when it fails, else whether it changed (or returned) a row.
    Result<bool> touchedARow();

    template<typename Read>
    Result<std::optional<SqlRowType<Read>>> optionalRow(Read read);
    template<typename Read>
    Result<SqlRowType<Read>> oneRow(Read read, const ServiceError &whenNone);
    template<typename Read>
    Result<QList<SqlRowType<Read>>> rows(Read read);

private:
    template<typename T>
    static std::optional<T> asOptional(T value) { return std::optional<T>(std::move(value)); }
    template<typename T>
    static std::optional<T> asOptional(std::optional<T> value) { return value; }

    const Database &m_database;
    QString m_sql;
    QSqlQuery m_query;
    QHash<QString, QVariant> m_values; // by name
};

template<typename Read>
Result<std::optional<SqlRowType<Read>>> SqlStatement::optionalRow(Read read)
{
    using T = SqlRowType<Read>;
    if (!run())
        return unavailable();
    if (!m_query.next())
        return std::optional<T>();
    auto row = asOptional(read(SqlRow(m_query)));
    if (!row)
        return unavailable();
    return row;
}

template<typename Read>
Result<SqlRowType<Read>> SqlStatement::oneRow(Read read, const ServiceError &whenNone)
{
    auto row = optionalRow(std::move(read));
    if (!row)
        return row.error();
    if (!row.value())
        return whenNone;
    return std::move(*row.value());
}

template<typename Read>
Result<QList<SqlRowType<Read>>> SqlStatement::rows(Read read)
{
    using T = SqlRowType<Read>;
    if (!run())
        return unavailable();
    QList<T> all;
    while (m_query.next()) {
        auto row = asOptional(read(SqlRow(m_query)));
        if (!row)
            return unavailable();
        all.append(std::move(*row));
    }
    return all;
}

} // namespace confidant::server
