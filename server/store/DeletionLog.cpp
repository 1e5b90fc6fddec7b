#include "store/DeletionLog.h"

#include "store/Database.h"
#include "store/SqlStatement.h"

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
    if (key == QLatin1String("legal_hold_lifted"))
        return DeletionLogEntry::Kind::LegalHoldLifted;
    return DeletionLogEntry::Kind::Inquiry;
}

DeletionLogEntry readEntry(const SqlRow &row)
{
    DeletionLogEntry e;
    e.id = row.id(0);
    e.kind = kindFromKey(row.text(1));
    e.inquiryId = row.optionalId(2);
    e.customerId = row.id(3);
    e.inquiryCount = row.number(4);
    e.messageCount = row.number(5);
    e.policy = row.text(6);
    e.advisorId = row.optionalId(7);
    e.advisorName = row.text(8);
    e.automatic = row.flag(9);
    e.reasonKind = row.isNull(10) ? std::nullopt : postponementReasonFromKey(row.text(10));
    e.until = row.optionalTime(11);
    e.at = row.time(12);
    e.byAdmin = row.flag(13);
    return e;
}

} // namespace

DeletionLog::DeletionLog(Database &database) : m_database(database) {}

Result<QList<DeletionLogEntry>> DeletionLog::forAdvisor(const AdvisorProfile &advisor, int limit) const
{
    return SqlStatement(m_database, QStringLiteral("SELECT l.id, l.kind, l.inquiry_id, l.customer_id, l.inquiry_count, l.message_count, l.policy, "
                                                   "l.advisor_id, coalesce(a.display_name, ''), l.automatic, l.reason_kind, l.until, l.at, l.by_admin "
                                                   "FROM deletion_log l LEFT JOIN advisors a ON a.id = l.advisor_id "
                                                   "WHERE l.team_id = :team OR l.team_id IS NULL OR l.advisor_id = :advisor "
                                                   "ORDER BY l.at DESC, l.id DESC LIMIT :limit"))
        .bind(QStringLiteral("team"), advisor.teamId)
        .bind(QStringLiteral("advisor"), advisor.id)
        .bind(QStringLiteral("limit"), limit)
        .rows(readEntry);
}

} // namespace confidant::server
