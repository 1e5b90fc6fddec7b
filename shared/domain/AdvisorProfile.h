#pragma once

#include <QString>

namespace confidant {

struct AdvisorProfile {
    qint64 id = 0;
    QString login;
    QString displayName;
    QString teamName;
    bool teamLead = false;
    qint64 teamId = 0;

    friend bool operator==(const AdvisorProfile &, const AdvisorProfile &) = default;
};

} // namespace confidant
