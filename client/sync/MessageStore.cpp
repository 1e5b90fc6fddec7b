#include "MessageStore.h"

#include <QSet>

namespace confidant::client {

void MessageStore::apply(const QList<Message> &messages)
{
    QSet<qint64> touched;
    for (const Message &message : messages) {
        QList<Message> &thread = m_byInquiry[message.inquiryId];
        const auto known = std::find_if(thread.begin(), thread.end(), [&](const Message &m) { return m.id == message.id; });
        if (known != thread.end())
            *known = message;
        else
            thread.insert(std::upper_bound(thread.begin(), thread.end(), message,
                                           [](const Message &a, const Message &b) { return a.id < b.id; }), message);
        touched.insert(message.inquiryId);
    }
    for (qint64 id : touched)
        emit messagesChanged(id);
}

} // namespace confidant::client
