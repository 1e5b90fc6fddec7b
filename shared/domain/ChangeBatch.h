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
    // Inquiries that left the reader's scope in (since, cursor] (sent to another team, claimed by a colleague):
    // a client drops its copies. Only ids: nothing of their content reaches a reader who may no longer see them.
    QList<qint64> removed;
    // Not on the wire: changes are committed above the horizon, held back by an older transaction still running.
    // A server that parks a reader then looks again soon instead of waiting for the next announcement.
    bool heldBack = false;

    friend bool operator==(const ChangeBatch &, const ChangeBatch &) = default;
};

} // namespace confidant
