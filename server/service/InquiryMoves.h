#pragma once

#include "domain/AdvisorProfile.h"
#include "domain/Inquiry.h"
#include "store/StoreError.h"
#include "time/Clock.h"

#include <optional>

namespace confidant::server {

class AdvisorStore;
class InquiryOwnership;

// The advisor's moves of an inquiry (claim, release, close, transfer, assign): checks what was sent, applies
// OwnershipRules under the inquiry's row lock (InquiryOwnership) and answers with the inquiry as the mover now
// sees it, with what they may do next. 404 outside the scope, 409 taken or closed, 403 not theirs to move, 422 a
// bad note or target, 503 when the database cannot say.
class InquiryMoves {
public:
    InquiryMoves(InquiryOwnership &ownership, AdvisorStore &advisors, const Clock &clock);

    Result<Inquiry> claim(const AdvisorProfile &advisor, qint64 inquiryId);
    Result<Inquiry> release(const AdvisorProfile &advisor, qint64 inquiryId);
    Result<Inquiry> close(const AdvisorProfile &advisor, qint64 inquiryId);
    // To one colleague or one team (exactly one of them), with a note saying why.
    Result<Inquiry> transfer(const AdvisorProfile &advisor, qint64 inquiryId, std::optional<qint64> toAdvisor, std::optional<qint64> toTeam,
                             const QString &note);
    Result<Inquiry> assign(const AdvisorProfile &lead, qint64 inquiryId, qint64 toAdvisor);

    static constexpr qsizetype maxNoteLength = 2000;

private:
    Result<Inquiry> shown(const AdvisorProfile &advisor, const Result<Inquiry> &moved) const;

    InquiryOwnership &m_ownership;
    AdvisorStore &m_advisors;
    const Clock &m_clock;
};

} // namespace confidant::server
