#include "store/SqlStatement.h"

#include "store/Database.h"
#include "store/StoreLog.h"

#include <QSqlRecord>

namespace confidant::server {
namespace {

struct Positional {
    QString sql;                // with "?" in place of each ":name"
    std::vector<QString> names; // the name of each "?", in order
};

bool startsName(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
}

bool continuesName(QChar c)
{
    return startsName(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// ":name" becomes "?"; "::type" casts and anything between single quotes stay as they are. The statements are the
// stores' own constants, so a parse per distinct text and thread is all it costs.
Positional toPositional(const QString &sql)
{
    Positional result;
    result.sql.reserve(sql.size());
    bool quoted = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        const bool cast = c == QLatin1Char(':') && ((i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char(':'))
                                                    || (i > 0 && sql.at(i - 1) == QLatin1Char(':')));
        if (quoted || c != QLatin1Char(':') || cast || i + 1 >= sql.size() || !startsName(sql.at(i + 1))) {
            result.sql.append(c);
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && continuesName(sql.at(end)))
            ++end;
        result.names.push_back(sql.mid(i + 1, end - i - 1));
        result.sql.append(QLatin1Char('?'));
        i = end - 1;
    }
    return result;
}

const Positional &positionalFor(const QString &sql)
{
    thread_local QHash<QString, Positional> parsed;
    auto it = parsed.find(sql);
    if (it == parsed.end())
        it = parsed.insert(sql, toPositional(sql));
    return *it;
}

} // namespace

std::optional<qint64> SqlRow::optionalId(int column) const
{
    const QVariant value = m_query.value(column);
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

std::optional<QDateTime> SqlRow::optionalTime(int column) const
{
    const QVariant value = m_query.value(column);
    return value.isNull() ? std::nullopt : std::optional<QDateTime>(value.toDateTime().toUTC());
}

int SqlRow::columnCount() const
{
    return m_query.record().count();
}

SqlStatement::SqlStatement(const Database &database, const QString &sql)
    : m_database(database), m_sql(sql), m_query(database.connection())
{
}

SqlStatement &SqlStatement::bind(const QString &name, const QVariant &value)
{
    m_values.insert(name, value);
    return *this;
}

SqlStatement &SqlStatement::bind(const QString &name, const std::optional<qint64> &id)
{
    return bind(name, id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>()));
}

bool SqlStatement::run()
{
    const Positional &positional = positionalFor(m_sql);
    QVariantList values;
    values.reserve(qsizetype(positional.names.size()));
    for (const QString &name : positional.names) {
        const auto value = m_values.constFind(name);
        if (value == m_values.cend()) {
            qCCritical(lcStore) << "the statement" << m_sql.left(60) << "names" << name << "but nothing is bound to it";
            return false;
        }
        values.append(*value);
    }
    return runQuery(m_query, positional.sql, values);
}

Result<bool> SqlStatement::touchedARow()
{
    if (!run())
        return unavailable();
    return m_query.isSelect() ? m_query.next() : m_query.numRowsAffected() > 0;
}

} // namespace confidant::server
