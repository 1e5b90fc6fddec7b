#pragma once

#include "domain/Inquiry.h"
#include "domain/Message.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace confidant::client {

// One inquiry: its messages, oldest first, and the reply editor. Sending is a request to whoever owns the API.
class ThreadView : public QWidget {
    Q_OBJECT
public:
    explicit ThreadView(QWidget *parent = nullptr);

    void showThread(const Inquiry &inquiry, const QList<Message> &messages);
    void showLoading(const Inquiry &inquiry);
    void showLoadFailed(const Inquiry &inquiry, const QString &message);
    void clear();
    qint64 inquiryId() const { return m_inquiryId; }
    void replySent(const QDateTime &at);
    void replyFailed(const QString &message);
    void focusEditor();

signals:
    void sendRequested(qint64 inquiryId, const QString &body);

private:
    void showHeader(const Inquiry &inquiry);
    void send();
    void showNotice(QLabel *label, const QString &text);

    qint64 m_inquiryId = 0;
    QLabel *m_title;
    QLabel *m_details;
    QTextBrowser *m_messages;
    QLabel *m_editorLabel;
    QPlainTextEdit *m_editor;
    QPushButton *m_send;
    QLabel *m_error;
    QLabel *m_sent;
};

} // namespace confidant::client
