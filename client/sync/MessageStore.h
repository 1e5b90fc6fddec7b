#pragma once

#include "domain/Message.h"

#include <QHash>
#include <QObject>

namespace confidant::client {

// The messages of every inquiry the feed delivered, in the order they were written.
class MessageStore : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void apply(const QList<Message> &messages);
    QList<Message> messages(qint64 inquiryId) const { return m_byInquiry.value(inquiryId); }

signals:
    void messagesChanged(qint64 inquiryId);

private:
    QHash<qint64, QList<Message>> m_byInquiry;
};

} // namespace confidant::client
