#include "store/AdvisorScope.h"

#include "store/SqlStatement.h"

namespace confidant::server {

QString AdvisorScope::condition()
{
    return QStringLiteral("(i.assigned_advisor_id = :scope_advisor OR (i.assigned_advisor_id IS NULL AND (i.team_id = :scope_team OR i.team_id IS NULL)) "
                          "OR (:scope_lead AND i.team_id = :scope_team) "
                          "OR i.customer_id IN (SELECT fc.id FROM customers fc WHERE fc.fixed_advisor_id = :scope_advisor))");
}

void AdvisorScope::bindTo(SqlStatement &statement) const
{
    statement.bind(QStringLiteral("scope_advisor"), m_advisor.id)
        .bind(QStringLiteral("scope_team"), m_advisor.teamId)
        .bind(QStringLiteral("scope_lead"), m_advisor.teamLead);
}

QString AdvisorScope::touchedSince()
{
    // A move in or out of the shared queue (no team) concerns everyone.
    return QStringLiteral("EXISTS (SELECT 1 FROM inquiry_events e WHERE e.inquiry_id = i.id AND e.seq > :touched_since "
                          "AND (e.from_advisor_id = :scope_advisor OR e.to_advisor_id = :scope_advisor "
                          "OR e.from_team_id = :scope_team OR e.to_team_id = :scope_team "
                          "OR (e.kind <> 'routed' AND (e.from_team_id IS NULL OR e.to_team_id IS NULL))))");
}

void AdvisorScope::bindTouchedTo(SqlStatement &statement, qint64 since) const
{
    bindTo(statement);
    statement.bind(QStringLiteral("touched_since"), since);
}

} // namespace confidant::server
