#pragma once

#include "domain/AdvisorProfile.h"
#include "domain/Inquiry.h"
#include "store/InquiryOwnership.h"

namespace confidant::server {

// Who may move an inquiry, decided in one place. Each rule looks at where the inquiry is (as the move's row lock
// finds it) and says what the move does or why not; allowedActions asks the same rules, so what the client offers
// is what the server will do. Who may *see* an inquiry is AdvisorScope's, applied in SQL before any rule runs.
class OwnershipRules {
public:
    // From the team's queue (or back from nobody) to the acting advisor; by its owner again: nothing changes.
    static OwnershipDecision claim(const AdvisorProfile &advisor, const InquiryPosition &at);
    // Back to its team's queue; by its owner or a lead of its team.
    static OwnershipDecision release(const AdvisorProfile &advisor, const InquiryPosition &at);
    // To a colleague (then theirs, in their team, `toAdvisor` set) or a team's queue; by its owner, a lead of its
    // team, or anyone of its team while it waits in the queue. `note` is checked before (transferNoteProblem).
    static OwnershipDecision transfer(const AdvisorProfile &advisor, const InquiryPosition &at, std::optional<qint64> toAdvisor,
                                      qint64 toTeam, const QString &note);
    // A lead gives an inquiry of their team to an advisor of their team.
    static OwnershipDecision assign(const AdvisorProfile &lead, const InquiryPosition &at, qint64 toAdvisor);
    // Settled: closed for the customer too, until they write again (which reopens it).
    static OwnershipDecision close(const AdvisorProfile &advisor, const InquiryPosition &at);

    // What `advisor` may do to an inquiry that is `at`, by the rules above: each move that would change something.
    static InquiryActions allowedActions(const AdvisorProfile &advisor, const InquiryPosition &at);
    // The inquiry as `advisor` is shown it: with what they may do to it.
    static Inquiry forAdvisor(const AdvisorProfile &advisor, Inquiry inquiry);
};

} // namespace confidant::server
