#pragma once

#include "domain/AdvisorProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace confidant::server {

class AdminSession;
class CommandArguments;

// Demo data for scripts/demo.sh (seed-demo): topics routed to a team with response targets, the team's advisors
// and lead, another team, customers with inquiries of different ages, and six weeks of history for the statistics,
// all dated back from the session's clock.
class DemoData {
public:
    explicit DemoData(AdminSession &session);

    int seed(const CommandArguments &arguments);

private:
    void seedHistory(const QList<AdvisorProfile> &team, const QByteArray &passwordHash, const QDateTime &now);

    AdminSession &m_session;
};

} // namespace confidant::server
