#pragma once

#include "domain/Inquiry.h"
#include "domain/Message.h"

#include <QList>

namespace confidant {

// One answer of the change feed: every inquiry and message whose sequence number is in (since, cursor].
// The client stores `cursor` and asks for the changes after it next time; `hasMore` says another page
// is ready right away.
struct ChangeBatch {
    qint64 since = 0;
    qint64 cursor = 0;
    bool hasMore = false;
    QList<Inquiry> inquiries;
    QList<Message> messages;

    friend bool operator==(const ChangeBatch &, const ChangeBatch &) = default;
};

} // namespace confidant
