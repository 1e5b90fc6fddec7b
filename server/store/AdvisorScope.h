#pragma once

#include "domain/AdvisorProfile.h"

#include <QString>

namespace confidant::server {

class SqlStatement;

// Need to know, decided in one place: the inquiries an advisor may see are their own (they own it, wherever it
// is), their team's queue (in their team and owned by nobody), and every inquiry of the customers whose fixed
// advisor they are (their history, whoever owns it now); a team lead sees every inquiry of their team.
// Inquiries of a topic without a team wait in a queue shared by everyone until someone takes them.
// The change feed, the queue, a thread, a reply and every ownership change apply this same condition, so no
// route can forget it. Inquiries that leave an advisor's scope are told to their client as ids only
// (`touchedSince`).
class AdvisorScope {
public:
    explicit AdvisorScope(const AdvisorProfile &advisor) : m_advisor(advisor) {}

    // A condition on `i` (inquiries) naming :scope_advisor, :scope_team and :scope_lead; bindTo binds them.
    static QString condition();
    void bindTo(SqlStatement &statement) const;

    // A condition on `i`: an ownership event after :touched_since moved it from or to this advisor or their team,
    // so an inquiry no longer in scope was possibly in it before. bindTouchedTo binds it with the scope's names.
    static QString touchedSince();
    void bindTouchedTo(SqlStatement &statement, qint64 since) const;

    const AdvisorProfile &advisor() const { return m_advisor; }

private:
    AdvisorProfile m_advisor;
};

} // namespace confidant::server
