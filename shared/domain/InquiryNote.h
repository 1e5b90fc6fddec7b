#pragma once

#include <QDateTime>
#include <QString>

namespace confidant {

// An advisor's internal note on a thread: advisors see it with the messages, the customer never does.
struct InquiryNote {
    qint64 id = 0;
    QString authorName;
    QString text;
    QDateTime at;

    friend bool operator==(const InquiryNote &, const InquiryNote &) = default;
};

} // namespace confidant
