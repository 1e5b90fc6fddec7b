#include "store/StoreLog.h"

#include <QSqlError>

namespace confidant::server {

Q_LOGGING_CATEGORY(lcStore, "confidant.store")

bool runQuery(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values)
{
    // Statements without values run directly: PostgreSQL cannot PREPARE utility statements such as SET.
    if (values.size() == 0) {
        if (query.exec(sql))
            return true;
        qCWarning(lcStore) << "query failed:" << sql.left(60) << query.lastError().databaseText();
        return false;
    }
    if (!query.prepare(sql)) {
        qCWarning(lcStore) << "cannot prepare" << sql.left(60) << query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStore) << "query failed:" << sql.left(60) << query.lastError().databaseText();
        return false;
    }
    return true;
}

} // namespace confidant::server
