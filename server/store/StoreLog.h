#pragma once

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace confidant::server {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// Prepares `sql`, binds `values` positionally and executes it. Logs the failure without the bound values:
// they may be personal data.
// Drops the prepared statements of a connection; call before the connection closes.
void forgetStatements(const QSqlDriver *driver);

bool runQuery(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values = {});
// The same with values assembled at run time (a statement built from parts, such as AdvisorScope's condition).
bool runQuery(QSqlQuery &query, const QString &sql, const QVariantList &values);

} // namespace confidant::server
