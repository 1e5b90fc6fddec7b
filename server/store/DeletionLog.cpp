#include "store/DeletionLog.h"

#include "store/Database.h"
#include "store/StoreLog.h"

#include <QSqlQuery>

namespace confidant::server {
namespace {

DeletionLogEntry::Kind kindFromKey(const QString &key)
{
    if (key == QLatin1String("account"))
        return DeletionLogEntry::Kind::Account;
    if (key == QLatin1String("postponement"))
        return DeletionLogEntry::Kind::Postponement;
    if (key == QLatin1String("legal_hold"))
        return DeletionLogEntry::Kind::LegalHold;
    return DeletionLogEntry::Kind::Inquiry;
}

DeletionLogEntry readEntry(const QSqlQuery &q)
{
    DeletionLogEntry e;
    e.id = q.value(0).toLongLong();
    e.kind = kindFromKey(q.value(1).toString());
    if (!q.value(2).isNull())
        e.inquiryId = q.value(2).toLongLong();
    e.customerId = q.value(3).toLongLong();
    e.inquiryCount = q.value(4).toInt();
    e.messageCount = q.value(5).toInt();
    e.policy = q.value(6).toString();
    if (!q.value(7).isNull())
        e.advisorId = q.value(7).toLongLong();
    e.advisorName = q.value(8).toString();
    e.automatic = q.value(9).toBool();
    e.reason = q.value(10).toString();
    if (!q.value(11).isNull())
        e.until = q.value(11).toDateTime().toUTC();
    e.at = q.value(12).toDateTime().toUTC();
    return e;
}

} // namespace

DeletionLog::DeletionLog(Database &database) : m_database(database) {}

Result<QList<DeletionLogEntry>> DeletionLog::forAdvisor(const AdvisorProfile &advisor, int limit) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT l.id, l.kind, l.inquiry_id, l.customer_id, l.inquiry_count, l.message_count, l.policy, "
                                        "l.advisor_id, coalesce(a.display_name, ''), l.automatic, l.reason, l.until, l.at "
                                        "FROM deletion_log l LEFT JOIN advisors a ON a.id = l.advisor_id "
                                        "WHERE l.team_id = ? OR l.team_id IS NULL OR l.advisor_id = ? ORDER BY l.at DESC, l.id DESC LIMIT ?"),
                  {advisor.teamId, advisor.id, limit}))
        return unavailable();
    QList<DeletionLogEntry> entries;
    while (query.next())
        entries.append(readEntry(query));
    return entries;
}

} // namespace confidant::server
