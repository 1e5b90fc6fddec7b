#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace confidant {

// A change of an inquiry's owner, team or state, shown in its thread to advisors (never to the customer):
// who did it, when, from whom and which team to whom and which team, and why. Names as they are now; empty when
// there was nobody (routing, the queue) or the person has gone.
struct InquiryEvent {
    qint64 id = 0;
    QString kind; // routed, claimed, released, transferred, assigned, closed, reopened, fixed_advisor, returned
    QString actorName;
    QString fromAdvisorName;
    QString toAdvisorName;
    QString fromTeamName;
    QString toTeamName;
    QString note;
    QDateTime at;
    // A 'routed' event of an inquiry held for the customer's fixed advisor (fromAdvisorName): until when they are away.
    std::optional<QDateTime> absentUntil;

    friend bool operator==(const InquiryEvent &, const InquiryEvent &) = default;
};

} // namespace confidant
