#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace confidant {

// Whom an inquiry can be transferred to: every advisor (the reader included) and every team.
struct Directory {
    struct Advisor {
        qint64 id = 0;
        QString displayName;
        qint64 teamId = 0;
        QDateTime absentUntil; // the end of their current absence; invalid while they are present
        friend bool operator==(const Advisor &, const Advisor &) = default;
    };
    struct Team {
        qint64 id = 0;
        QString name;
        friend bool operator==(const Team &, const Team &) = default;
    };
    QList<Advisor> advisors;
    QList<Team> teams;
    friend bool operator==(const Directory &, const Directory &) = default;
};

} // namespace confidant
