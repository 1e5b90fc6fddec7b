#pragma once

#include <QDateTime>
#include <QString>

namespace confidant {

// An advisor away from `from` until `to` (exclusive). Meanwhile new inquiries of customers who have them as
// fixed advisor wait in their team's queue, held for them until they are back.
struct Absence {
    qint64 advisorId = 0;
    QString advisorName;
    QDateTime from;
    QDateTime to;

    friend bool operator==(const Absence &, const Absence &) = default;
};

} // namespace confidant
