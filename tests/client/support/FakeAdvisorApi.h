#pragma once

#include "FakeNetworkAccess.h"
#include "domain/Inquiry.h"
#include "domain/InquiryEvent.h"
#include "domain/InquiryNote.h"
#include "domain/Message.h"
#include "time/Clock.h"

#include <QHash>
#include <QMap>
#include <QUrl>
#include <QUuid>

namespace confidant::testing {

// The advisor API's routes for the sync engine and the open thread, in memory on a FakeNetworkAccess: the change
// feed in pages (held open as a long-poll while nothing is new, answered when something is), an inquiry's thread,
// replies (the same Idempotency-Key gets the first reply back, as on the server) and notes. Inquiries are written as
// a customer would. Faults are one line on network(): a 500 for the second page, a cut after a reply was stored.
class FakeAdvisorApi {
public:
    static constexpr qint64 advisorId = 7;

    FakeAdvisorApi(FakeNetworkAccess *network, const Clock &clock, int pageSize = 500);

    static QUrl url() { return QUrl(QStringLiteral("https://advisor.test/")); }
    static QString changesPath() { return QStringLiteral("/api/v1/changes"); }
    static QString threadPath(qint64 inquiryId) { return QStringLiteral("/api/v1/inquiries/%1").arg(inquiryId); }
    static QString repliesPath(qint64 inquiryId) { return threadPath(inquiryId) + QStringLiteral("/replies"); }
    static QString notesPath(qint64 inquiryId) { return threadPath(inquiryId) + QStringLiteral("/notes"); }
    FakeNetworkAccess *network() const { return m_network; }

    // Anna Schmidt's new inquiry with her first message; returns its id.
    qint64 writeInquiry(const QString &subject, const QDateTime &at, const QString &body = QStringLiteral("Please help."));
    // She writes again: a new message, a new change number, a waiting long-poll hears of it.
    void writeMessage(qint64 inquiryId, const QString &body, const QDateTime &at);
    // Something happened to the inquiry (claimed, transferred…): in its thread, with a new change number.
    void addEvent(qint64 inquiryId, const InquiryEvent &event);
    Inquiry inquiry(qint64 inquiryId) const { return m_inquiries.value(inquiryId); }
    // What the server holds: the messages of an inquiry, the advisor's among them.
    QList<Message> messages(qint64 inquiryId) const { return m_threads.value(inquiryId).messages; }

private:
    struct Thread {
        QList<Message> messages;
        QList<InquiryEvent> events;
        QList<InquiryNote> notes;
    };
    struct Reply {
        qint64 inquiryId = 0;
        Message message;
    };

    FakeAnswer changes(const FakeRequest &request) const;
    FakeAnswer thread(qint64 inquiryId) const;
    FakeAnswer reply(qint64 inquiryId, const FakeRequest &request);
    FakeAnswer note(qint64 inquiryId, const FakeRequest &request);
    void touch(qint64 inquiryId, const QDateTime &at);

    FakeNetworkAccess *m_network;
    const Clock &m_clock;
    int m_pageSize;
    qint64 m_seq = 0;
    qint64 m_nextId = 0;
    QMap<qint64, Inquiry> m_inquiries;
    QHash<qint64, Thread> m_threads;
    QHash<QUuid, Reply> m_replies; // by Idempotency-Key
};

} // namespace confidant::testing
