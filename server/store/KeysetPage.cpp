#include "store/KeysetPage.h"

#include "store/SqlStatement.h"

#include <algorithm>

namespace confidant::server {

QString KeysetPaging::clause(const PageRequest &request, const QString &keyColumns, const QString &keyValue, const QStringList &orderColumns)
{
    const bool newer = request.from == PageRequest::From::NewerThan;
    QString sql;
    if (request.from != PageRequest::From::Newest)
        sql += QStringLiteral(" AND %1 %2 %3").arg(keyColumns, newer ? QStringLiteral(">") : QStringLiteral("<"), keyValue);
    QStringList order;
    for (const QString &column : orderColumns)
        order << column + (newer ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    return sql + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT :page_limit");
}

void KeysetPaging::bind(SqlStatement &statement, const PageRequest &request)
{
    statement.bind(QStringLiteral("page_limit"), std::max(1, request.size) + 1);
    if (request.from != PageRequest::From::Newest)
        statement.bind(QStringLiteral("position"), request.key.position).bind(QStringLiteral("id"), request.key.id);
}

// `first` and `last` are the page's rows as read, nearest the key first. A page read towards older rows came from a
// newer one (and the other way round), so that side has more; an empty page leads back to where it was asked from.
KeysetPaging::Keys KeysetPaging::keys(qsizetype returned, const PageRequest &request, const PageKey &first, const PageKey &last)
{
    const bool beyond = returned > request.size;
    Keys found;
    switch (request.from) {
    case PageRequest::From::Newest:
        if (beyond)
            found.older = last;
        break;
    case PageRequest::From::OlderThan:
        found.newer = returned > 0 ? first : request.key;
        if (beyond)
            found.older = last;
        break;
    case PageRequest::From::NewerThan:
        found.older = returned > 0 ? first : request.key;
        if (beyond)
            found.newer = last;
        break;
    }
    return found;
}

} // namespace confidant::server
