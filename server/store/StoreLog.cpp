#include "store/StoreLog.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>

namespace confidant::server {

Q_LOGGING_CATEGORY(lcStore, "confidant.store")

namespace {

// Prepared statements per connection and SQL text. QPSQL's prepare() is a PREPARE round trip and a destroyed
// query a DEALLOCATE one; reusing the statement leaves one round trip per execution.
using StatementCache = QHash<const QSqlDriver *, QHash<QString, QSqlQuery>>;
thread_local StatementCache statementCache;

// PostgreSQL's DETAIL repeats the values of the row that failed (e-mail address, name, password hash): the log
// keeps only the primary message and the SQLSTATE, which say what went wrong without saying about whom.
QString withoutRowValues(const QSqlError &error)
{
    const QString text = error.databaseText();
    const qsizetype detail = text.indexOf(QLatin1String("\nDETAIL:"));
    return detail < 0 ? text : text.left(detail) + QStringLiteral(" (%1)").arg(error.nativeErrorCode());
}

} // namespace

void forgetStatements(const QSqlDriver *driver)
{
    statementCache.remove(driver);
}

bool runQuery(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values)
{
    return runQuery(query, sql, QVariantList(values));
}

bool runQuery(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    // Statements without values run directly: PostgreSQL cannot PREPARE utility statements such as SET.
    if (values.size() == 0) {
        if (query.exec(sql))
            return true;
        qCWarning(lcStore) << "query failed:" << sql.left(60) << withoutRowValues(query.lastError());
        return false;
    }
    QHash<QString, QSqlQuery> &statements = statementCache[query.driver()];
    const auto cached = statements.constFind(sql);
    if (cached != statements.cend()) {
        query = *cached;
    } else {
        if (!query.prepare(sql)) {
            qCWarning(lcStore) << "cannot prepare" << sql.left(60) << query.lastError().text();
            return false;
        }
        statements.insert(sql, query);
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStore) << "query failed:" << sql.left(60) << withoutRowValues(query.lastError());
        return false;
    }
    return true;
}

} // namespace confidant::server
