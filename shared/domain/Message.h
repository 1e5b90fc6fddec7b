#pragma once

#include <QDateTime>
#include <QString>

namespace confidant {

enum class MessageAuthor { Customer, Advisor };

struct Message {
    qint64 id = 0;
    qint64 inquiryId = 0;
    MessageAuthor author = MessageAuthor::Customer;
    QString authorName;
    QString body;
    QDateTime createdAt;
    qint64 seq = 0;

    friend bool operator==(const Message &, const Message &) = default;
};

} // namespace confidant
