#pragma once

#include "domain/AdvisorProfile.h"
#include "domain/ChangeBatch.h"
#include "domain/Inquiry.h"
#include "domain/InquiryEvent.h"
#include "domain/InquiryNote.h"
#include "domain/Message.h"
#include "store/StoreError.h"
#include "time/Clock.h"

#include <QUuid>

namespace confidant::server {

class ChangeFeedStore;
class InquiryMessages;
class InquiryNotes;
class InquiryStore;

// An inquiry with all of its messages, ownership events and internal notes, each oldest first.
struct AdvisorThread {
    Inquiry inquiry;
    QList<Message> messages;
    QList<InquiryEvent> events;
    QList<InquiryNote> notes;
};

// A written reply or note, and the inquiry as it is afterwards (none if it could not be read back).
template<typename T>
struct Written {
    T item;
    std::optional<Inquiry> inquiry;
};

// What an advisor reads and writes of inquiries: the change feed, the team queue, a thread, a reply, an internal
// note. Everything stays within the advisor's scope (AdvisorScope, in SQL: outside it an inquiry does not exist),
// every inquiry handed out says what this advisor may do to it (OwnershipRules), and texts are checked and
// normalised here before a store sees them (Invalid with the fields that are wrong).
class AdvisorInquiries {
public:
    AdvisorInquiries(InquiryStore &inquiries, InquiryMessages &messages, InquiryNotes &notes, ChangeFeedStore &feed, const Clock &clock);

    Result<ChangeBatch> changes(const AdvisorProfile &advisor, qint64 since, int limit) const;
    // The team's queue (with the queue shared by all, of topics without a team), longest waiting first.
    Result<QList<Inquiry>> queue(const AdvisorProfile &advisor, int limit) const;
    Result<AdvisorThread> thread(const AdvisorProfile &advisor, qint64 inquiryId) const;
    // A repeat with the same idempotency key returns the first reply and writes nothing.
    Result<Written<Message>> reply(const AdvisorProfile &advisor, qint64 inquiryId, const QString &body, const QUuid &idempotencyKey);
    Result<Written<InquiryNote>> addNote(const AdvisorProfile &advisor, qint64 inquiryId, const QString &text);

private:
    std::optional<Inquiry> afterWrite(const AdvisorProfile &advisor, qint64 inquiryId) const;

    InquiryStore &m_inquiries;
    InquiryMessages &m_messages;
    InquiryNotes &m_notes;
    ChangeFeedStore &m_feed;
    const Clock &m_clock;
};

} // namespace confidant::server
