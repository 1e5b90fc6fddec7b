#include "store/AdvisorScope.h"

namespace confidant::server {

QString AdvisorScope::condition()
{
    return QStringLiteral("(i.assigned_advisor_id = ? OR (i.assigned_advisor_id IS NULL AND (i.team_id = ? OR i.team_id IS NULL)) "
                          "OR (? AND i.team_id = ?) OR i.customer_id IN (SELECT fc.id FROM customers fc WHERE fc.fixed_advisor_id = ?))");
}

QVariantList AdvisorScope::values() const
{
    return {m_advisor.id, m_advisor.teamId, m_advisor.teamLead, m_advisor.teamId, m_advisor.id};
}

QString AdvisorScope::touchedSince()
{
    // A move in or out of the shared queue (no team) concerns everyone.
    return QStringLiteral("EXISTS (SELECT 1 FROM inquiry_events e WHERE e.inquiry_id = i.id AND e.seq > ? "
                          "AND (e.from_advisor_id = ? OR e.to_advisor_id = ? OR e.from_team_id = ? OR e.to_team_id = ? "
                          "OR (e.kind <> 'routed' AND (e.from_team_id IS NULL OR e.to_team_id IS NULL))))");
}

QVariantList AdvisorScope::touchedValues(qint64 since) const
{
    return {since, m_advisor.id, m_advisor.id, m_advisor.teamId, m_advisor.teamId};
}

} // namespace confidant::server
