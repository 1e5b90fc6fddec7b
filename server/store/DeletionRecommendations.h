#pragma once

#include "domain/DeletionRecommendation.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace confidant::server {

class AdvisorScope;
class Database;

// What is due for deletion, worked out in SQL against the injected clock's `now`, never cached: a closed inquiry
// whose topic keeps closed inquiries N days is due from closed_at + N days (or the end of a later postponement),
// to the second; under a legal hold it is never due. An account is due N days after its customer last signed in
// (registered, if never), unless one of its inquiries is under a legal hold.
// The conditions live here once; DeletionStore checks them again inside its transaction.
class DeletionRecommendations {
public:
    explicit DeletionRecommendations(Database &database);

    // What the advisor may delete: inquiries in their scope (AdvisorScope); accounts whose every inquiry is in it
    // (one without inquiries: for team leads), so nobody deletes what they could not see. Earliest deadline first.
    Result<QList<DeletionRecommendation>> forAdvisor(const AdvisorScope &scope, const QDateTime &now) const;

    // Parts of statements over `i` (inquiries), `t` (its topic), `p` (its postponement, LEFT JOINed), `c`
    // (customers) and `rs` (retention_settings), so the list, the confirmation and the sweep decide alike.
    static QString inquiryJoins();    // FROM ...
    static QString inquiryDeadline(); // an expression
    static QString inquiryDue();      // a condition naming :now, the time it is due by
    static QString accountJoins();    // FROM ...
    static QString accountDeadline(); // an expression
    static QString accountDue();      // a condition naming :now, the time it is due by
    // An account's inquiries all in the scope, and the reader a lead if it has none; names the scope's values
    // (AdvisorScope::bindTo).
    static QString accountInScope();

    static constexpr int maxListed = 2000;

private:
    Result<QList<DeletionRecommendation>> inquiries(const AdvisorScope &scope, const QDateTime &now) const;
    Result<QList<DeletionRecommendation>> accounts(const AdvisorScope &scope, const QDateTime &now) const;

    Database &m_database;
};

} // namespace confidant::server
