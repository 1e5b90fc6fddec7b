#include "service/InquiryMoves.h"

#include "service/OwnershipRules.h"
#include "store/AdvisorStore.h"
#include "store/InquiryOwnership.h"

namespace confidant::server {
namespace {

ServiceError invalid(const char *message)
{
    return {ServiceError::Invalid, QString::fromUtf8(message)};
}

} // namespace

InquiryMoves::InquiryMoves(InquiryOwnership &ownership, AdvisorStore &advisors, const Clock &clock)
    : m_ownership(ownership), m_advisors(advisors), m_clock(clock)
{
}

Result<Inquiry> InquiryMoves::shown(const AdvisorProfile &advisor, const Result<Inquiry> &moved) const
{
    return moved ? Result<Inquiry>(OwnershipRules::forAdvisor(advisor, moved.value())) : moved;
}

Result<Inquiry> InquiryMoves::claim(const AdvisorProfile &advisor, qint64 inquiryId)
{
    return shown(advisor, m_ownership.move(advisor, inquiryId, m_clock.now(),
                                           [&advisor](const InquiryPosition &at) { return OwnershipRules::claim(advisor, at); }));
}

Result<Inquiry> InquiryMoves::release(const AdvisorProfile &advisor, qint64 inquiryId)
{
    return shown(advisor, m_ownership.move(advisor, inquiryId, m_clock.now(),
                                           [&advisor](const InquiryPosition &at) { return OwnershipRules::release(advisor, at); }));
}

Result<Inquiry> InquiryMoves::close(const AdvisorProfile &advisor, qint64 inquiryId)
{
    return shown(advisor, m_ownership.move(advisor, inquiryId, m_clock.now(),
                                           [&advisor](const InquiryPosition &at) { return OwnershipRules::close(advisor, at); }));
}

Result<Inquiry> InquiryMoves::transfer(const AdvisorProfile &advisor, qint64 inquiryId, std::optional<qint64> toAdvisor,
                                       std::optional<qint64> toTeam, const QString &note)
{
    const QString why = note.trimmed();
    if (why.isEmpty() || why.size() > maxNoteLength)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "Say in a note (up to 2,000 characters) why you transfer the inquiry."));
    if (toAdvisor.has_value() == toTeam.has_value())
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "Transfer to one colleague or one team."));
    qint64 team = 0;
    if (toAdvisor) {
        const auto theirs = m_advisors.teamOf(*toAdvisor);
        if (!theirs)
            return theirs.error();
        if (!theirs.value())
            return invalid(QT_TRANSLATE_NOOP("ServiceError", "This colleague does not exist."));
        team = *theirs.value();
    } else {
        const auto exists = m_advisors.teamExists(*toTeam);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return invalid(QT_TRANSLATE_NOOP("ServiceError", "This team does not exist."));
        team = *toTeam;
    }
    return shown(advisor, m_ownership.move(advisor, inquiryId, m_clock.now(), [&](const InquiryPosition &at) {
        return OwnershipRules::transfer(advisor, at, toAdvisor, team, why);
    }));
}

Result<Inquiry> InquiryMoves::assign(const AdvisorProfile &lead, qint64 inquiryId, qint64 toAdvisor)
{
    const auto team = m_advisors.teamOf(toAdvisor);
    if (!team)
        return team.error();
    if (!team.value() || *team.value() != lead.teamId)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "Assign to an advisor of your team; transfer the inquiry to reach others."));
    return shown(lead, m_ownership.move(lead, inquiryId, m_clock.now(),
                                        [&](const InquiryPosition &at) { return OwnershipRules::assign(lead, at, toAdvisor); }));
}

} // namespace confidant::server
