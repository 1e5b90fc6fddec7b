#pragma once

#include "domain/Absence.h"
#include "time/Clock.h"

#include <QAbstractTableModel>
#include <QList>

namespace confidant::client {

// The advisor's team's current and planned absences, soonest first, as the server last sent them.
class AbsenceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { AdvisorColumn, FromColumn, UntilColumn, StatusColumn, ColumnCount };
    enum Role { AdvisorIdRole = Qt::UserRole + 1 };

    explicit AbsenceModel(const Clock &clock, QObject *parent = nullptr);

    // A time of an absence as a person reads it, in local time; the year only when it is not this year's.
    static QString timeText(const QDateTime &time, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setAbsences(const QList<Absence> &absences);
    const QList<Absence> &absences() const { return m_absences; }
    // Whether `advisorId` is away now or has an absence planned: something to end or cancel.
    bool hasAbsence(qint64 advisorId) const;

private:
    QVariant displayData(const Absence &absence, int column) const;

    const Clock &m_clock;
    QList<Absence> m_absences;
};

} // namespace confidant::client
