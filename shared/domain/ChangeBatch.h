#pragma once

#include "domain/Inquiry.h"

#include <QList>

namespace confidant {

// One answer of the change feed: every inquiry whose sequence number is in (since, cursor]. A new message takes
// a change number for its inquiry too, so the inquiry's `seq` says when its thread must be fetched again; message
// texts are only fetched for the thread an advisor opens (docs/protocol.md). The client stores `cursor` and asks
// for the changes after it next time; `hasMore` says another page is ready right away.
struct ChangeBatch {
    qint64 since = 0;
    qint64 cursor = 0;
    bool hasMore = false;
    QList<Inquiry> inquiries;

    friend bool operator==(const ChangeBatch &, const ChangeBatch &) = default;
};

} // namespace confidant
