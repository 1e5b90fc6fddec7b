#include "service/OwnershipRules.h"

namespace confidant::server {
namespace {

ServiceError refused(ServiceError::Kind kind, const char *message)
{
    return {kind, QString::fromUtf8(message)};
}

// The owner, a lead of the inquiry's team, or (while it waits in the queue) anyone of that team; the shared
// queue (no team) is everyone's, and has no lead.
bool responsible(const AdvisorProfile &advisor, const InquiryPosition &at)
{
    const bool leadsIt = advisor.teamLead && at.teamId == advisor.teamId;
    const bool waitsForThem = !at.ownerId && (!at.teamId || at.teamId == advisor.teamId);
    return at.ownerId == advisor.id || leadsIt || waitsForThem;
}

ServiceError closedAlready()
{
    return refused(ServiceError::Conflict, QT_TRANSLATE_NOOP("ServiceError", "This inquiry is closed."));
}

// Whether a decision moves the inquiry: a refusal or an empty move offers nothing to do.
bool moves(const OwnershipDecision &decision)
{
    const auto *move = std::get_if<OwnershipMove>(&decision);
    return move && !move->kind.isEmpty();
}

} // namespace

OwnershipDecision OwnershipRules::claim(const AdvisorProfile &advisor, const InquiryPosition &at)
{
    if (at.closed)
        return closedAlready();
    if (at.ownerId == advisor.id)
        return OwnershipMove{}; // taken already, by this advisor: a second click changes nothing
    if (at.ownerId)
        return refused(ServiceError::Conflict, QT_TRANSLATE_NOOP("ServiceError", "A colleague has taken this inquiry already."));
    return OwnershipMove{QStringLiteral("claimed"), advisor.id, at.teamId, false, {}};
}

OwnershipDecision OwnershipRules::release(const AdvisorProfile &advisor, const InquiryPosition &at)
{
    if (!at.ownerId)
        return refused(ServiceError::Conflict, QT_TRANSLATE_NOOP("ServiceError", "Nobody has taken this inquiry."));
    if (!responsible(advisor, at))
        return refused(ServiceError::Forbidden,
                       QT_TRANSLATE_NOOP("ServiceError", "Only the advisor who has taken this inquiry, or their team lead, can release it."));
    return OwnershipMove{QStringLiteral("released"), std::nullopt, at.teamId, false, {}};
}

OwnershipDecision OwnershipRules::transfer(const AdvisorProfile &advisor, const InquiryPosition &at, std::optional<qint64> toAdvisor,
                                           qint64 toTeam, const QString &note)
{
    if (at.closed)
        return closedAlready();
    if (!responsible(advisor, at))
        return refused(ServiceError::Forbidden,
                       QT_TRANSLATE_NOOP("ServiceError", "Only the advisor who has taken this inquiry, or their team lead, can transfer it."));
    return OwnershipMove{QStringLiteral("transferred"), toAdvisor, toTeam, false, note};
}

OwnershipDecision OwnershipRules::assign(const AdvisorProfile &lead, const InquiryPosition &at, qint64 toAdvisor)
{
    if (!lead.teamLead || at.teamId != lead.teamId)
        return refused(ServiceError::Forbidden, QT_TRANSLATE_NOOP("ServiceError", "Only a lead of the inquiry's team can assign it."));
    if (at.closed)
        return closedAlready();
    if (at.ownerId == toAdvisor)
        return OwnershipMove{};
    return OwnershipMove{QStringLiteral("assigned"), toAdvisor, at.teamId, false, {}};
}

OwnershipDecision OwnershipRules::close(const AdvisorProfile &advisor, const InquiryPosition &at)
{
    if (at.closed)
        return refused(ServiceError::Conflict, QT_TRANSLATE_NOOP("ServiceError", "This inquiry is closed already."));
    if (!responsible(advisor, at))
        return refused(ServiceError::Forbidden,
                       QT_TRANSLATE_NOOP("ServiceError", "Only the advisor who has taken this inquiry, or their team lead, can close it."));
    return OwnershipMove{QStringLiteral("closed"), at.ownerId, at.teamId, true, {}};
}

// A transfer and an assignment are offered by their target-independent part: a transfer to the advisor's own team
// stands for any, and an assignment for one to a colleague other than the owner (the id 0 is nobody's).
InquiryActions OwnershipRules::allowedActions(const AdvisorProfile &advisor, const InquiryPosition &at)
{
    InquiryActions actions;
    actions.setFlag(InquiryAction::Claim, moves(claim(advisor, at)));
    actions.setFlag(InquiryAction::Release, moves(release(advisor, at)));
    actions.setFlag(InquiryAction::Close, moves(close(advisor, at)));
    actions.setFlag(InquiryAction::Transfer, moves(transfer(advisor, at, std::nullopt, advisor.teamId, {})));
    actions.setFlag(InquiryAction::Assign, moves(assign(advisor, at, 0)));
    return actions;
}

Inquiry OwnershipRules::forAdvisor(const AdvisorProfile &advisor, Inquiry inquiry)
{
    inquiry.allowedActions = allowedActions(advisor, InquiryPosition::of(inquiry));
    return inquiry;
}

} // namespace confidant::server
