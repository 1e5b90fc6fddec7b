#include "AbsenceModel.h"

#include <QLocale>

namespace confidant::client {

AbsenceModel::AbsenceModel(const Clock &clock, QObject *parent) : QAbstractTableModel(parent), m_clock(clock) {}

QString AbsenceModel::timeText(const QDateTime &time, const QDateTime &now)
{
    const QDateTime local = time.toLocalTime();
    // The format is the translator's: German writes "17. Aug., 08:00".
    const QString format = local.date().year() == now.toLocalTime().date().year() ? tr("d MMM, HH:mm") : tr("d MMM yyyy, HH:mm");
    return QLocale().toString(local, format);
}

int AbsenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_absences.size());
}

int AbsenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AbsenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Absence &absence = m_absences.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(absence, index.column());
    case AdvisorIdRole: return absence.advisorId;
    default: return {};
    }
}

QVariant AbsenceModel::displayData(const Absence &absence, int column) const
{
    const QDateTime now = m_clock.now();
    switch (column) {
    case AdvisorColumn: return absence.advisorName;
    case FromColumn: return timeText(absence.from, now);
    case UntilColumn: return timeText(absence.to, now);
    case StatusColumn: return absence.from <= now ? tr("Away now") : tr("Planned");
    default: return {};
    }
}

QVariant AbsenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AdvisorColumn: return tr("Advisor");
    case FromColumn: return tr("From");
    case UntilColumn: return tr("Until");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

// Replaced whole: a team's absences are a handful of rows, and every answer of the server carries all of them.
void AbsenceModel::setAbsences(const QList<Absence> &absences)
{
    if (absences == m_absences)
        return;
    beginResetModel();
    m_absences = absences;
    endResetModel();
}

bool AbsenceModel::hasAbsence(qint64 advisorId) const
{
    return std::any_of(m_absences.cbegin(), m_absences.cend(), [advisorId](const Absence &absence) { return absence.advisorId == advisorId; });
}

} // namespace confidant::client
