#pragma once

#include "ApiClient.h"
#include "ThreadModel.h"

#include <QObject>
#include <QSet>

namespace confidant::client {

class InquiryModel;

// The thread the advisor has open: its messages are fetched when it is opened and again whenever the change feed
// brings a newer state of its inquiry, into model(). Only this one thread's texts are held in memory; the feed
// itself carries no message texts (docs/protocol.md). Replies and moves (claim, release, close) are sent from here,
// and the server's answer updates the thread and the inquiry at once instead of waiting for the feed.
class OpenThread : public QObject {
    Q_OBJECT
public:
    enum class State { Closed, Loading, Ready, Failed };
    Q_ENUM(State)

    OpenThread(ApiClient *api, InquiryModel *inquiries, QObject *parent = nullptr);

    void open(qint64 inquiryId);
    void close();
    qint64 inquiryId() const { return m_inquiryId; }
    State state() const { return m_state; }
    // The open thread's messages, notes and events; empty while it loads the first time.
    ThreadModel *model() { return &m_model; }
    QString errorString() const { return m_error; }
    // Sends a reply to the open inquiry; answered by replySent or replyFailed.
    void sendReply(const QString &body);
    // Adds an internal note to the open inquiry; answered by noteAdded or noteFailed.
    void addNote(const QString &text);
    // Moves the open inquiry; answered by moved or moveFailed. Not `close`: that lets the thread go.
    void claim() { move(InquiryMove::Claim); }
    void release() { move(InquiryMove::Release); }
    void closeInquiry() { move(InquiryMove::Close); }
    void transfer(const wire::TransferDraft &draft);
    // Whom the open inquiry can be transferred to; answered by directoryLoaded or moveFailed.
    void loadDirectory();
    // A move of the open inquiry is on its way: a second one would only meet the first one's outcome.
    bool isMoving() const { return m_moving.contains(m_inquiryId); }

signals:
    // The messages, the state or both changed for the open inquiry.
    void changed();
    void replySent(qint64 inquiryId, const QDateTime &at);
    void replyFailed(qint64 inquiryId, const QString &message);
    void noteAdded(qint64 inquiryId);
    void noteFailed(qint64 inquiryId, const QString &message);
    void moved(qint64 inquiryId);
    void moveFailed(qint64 inquiryId, const QString &message);
    void directoryLoaded(qint64 inquiryId, const Directory &directory);

private:
    void load();
    using MoveCall = std::function<void(qint64 inquiryId, std::function<void(ApiResult<Inquiry>)> done)>;
    void move(InquiryMove move);
    void startMove(const MoveCall &call);
    void forget(qint64 inquiryId);
    void applyOwnWrite(qint64 inquiryId, const Inquiry &inquiry, const std::function<void()> &show);
    void onInquiriesChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    ApiClient *m_api;
    InquiryModel *m_inquiries;
    qint64 m_inquiryId = 0;
    qint64 m_loadedSeq = -1;   // the inquiry's change number the messages belong to
    qint64 m_requestedSeq = -1; // the change number of the request in flight, -1 when none is
    quint64 m_generation = 0;  // answers for a thread that is no longer open are dropped
    State m_state = State::Closed;
    ThreadModel m_model;
    QSet<qint64> m_moving;
    QString m_error;
    // The key of the reply last sent and not yet confirmed: sending the same text again reuses it, so a reply whose
    // answer got lost is not posted twice.
    struct PendingReply {
        qint64 inquiryId = 0;
        QString body;
        QUuid key;
    } m_pendingReply;
};

} // namespace confidant::client
