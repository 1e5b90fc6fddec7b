#pragma once

#include "domain/Inquiry.h"
#include "domain/InquiryEvent.h"
#include "domain/InquiryNote.h"
#include "domain/Message.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace confidant::client {

// One inquiry: who handles it, its messages and the changes of its owner and state, oldest first, and the reply
// editor. Sending and moving are requests to whoever owns the API; the move buttons show actions given from outside.
class ThreadView : public QWidget {
    Q_OBJECT
public:
    // What a change of owner, team or state reads like in the thread; empty for a kind this version does not know.
    static QString eventText(const InquiryEvent &event);

    explicit ThreadView(QWidget *parent = nullptr);

    // The advisor looking at the thread, so the view can tell "yours" from a colleague's.
    void setAdvisorId(qint64 advisorId) { m_advisorId = advisorId; }
    void setMoveActions(const QList<QAction *> &actions);
    void showThread(const Inquiry &inquiry, const QList<Message> &messages, const QList<InquiryEvent> &events,
                    const QList<InquiryNote> &notes = {});
    void showLoading(const Inquiry &inquiry);
    void showLoadFailed(const Inquiry &inquiry, const QString &message);
    void clear();
    qint64 inquiryId() const { return m_inquiryId; }
    void replySent(const QDateTime &at);
    void replyFailed(const QString &message);
    void noteAdded();
    void noteFailed(const QString &message);
    void moveFailed(const QString &message);
    void clearMoveError();
    void focusEditor();

signals:
    void sendRequested(qint64 inquiryId, const QString &body);
    void noteRequested(qint64 inquiryId, const QString &text);

private:
    void showHeader(const Inquiry &inquiry);
    QString ownershipText(const Inquiry &inquiry) const;
    static QString messageHtml(const Message &message);
    static QString eventHtml(const InquiryEvent &event);
    static QString noteHtml(const InquiryNote &note);
    void send();
    void addNote();
    QLayout *noteRow();
    void showNotice(QLabel *label, const QString &text);

    qint64 m_inquiryId = 0;
    qint64 m_advisorId = 0;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_ownership;
    QHBoxLayout *m_moveRow;
    QLabel *m_moveError;
    QTextBrowser *m_messages;
    QLabel *m_editorLabel;
    QPlainTextEdit *m_editor;
    QPushButton *m_send;
    QLabel *m_error;
    QLabel *m_sent;
    QPlainTextEdit *m_noteEditor;
    QPushButton *m_addNote;
    QLabel *m_noteError;
};

} // namespace confidant::client
