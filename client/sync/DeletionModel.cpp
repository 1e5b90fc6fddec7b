#include "DeletionModel.h"

#include "AbsenceModel.h"

#include <QLocale>

namespace confidant::client {
namespace {

// One row per inquiry, one per account: the same id may be both an inquiry's and a customer's.
bool sameItem(const DeletionRecommendation &a, const DeletionRecommendation &b)
{
    return a.policy == b.policy && a.inquiryId == b.inquiryId && a.customerId == b.customerId;
}

} // namespace

DeletionModel::DeletionModel(const Clock &clock, QObject *parent) : QAbstractTableModel(parent), m_clock(clock) {}

int DeletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeletionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeletionRecommendation &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(r, index.column());
    case Qt::ToolTipRole:
        return r.automaticDeletionAt ? tr("Deleted automatically on %1 unless postponed.").arg(AbsenceModel::timeText(*r.automaticDeletionAt, m_clock.now()))
                                     : QVariant();
    case InquiryIdRole: return r.inquiryId;
    case CustomerIdRole: return r.customerId;
    case PolicyRole: return int(r.policy);
    case DeadlineRole: return r.deadline;
    default: return {};
    }
}

QVariant DeletionModel::displayData(const DeletionRecommendation &r, int column) const
{
    const bool account = r.policy == DeletionRecommendation::Policy::InactiveAccount;
    switch (column) {
    case WhatColumn:
        if (!account) {
            const QString subject = m_subjectOf ? m_subjectOf(r.inquiryId) : QString();
            return subject.isEmpty() ? tr("Inquiry %1 (%2)").arg(r.inquiryId).arg(r.topicTitle) : tr("%1 (%2)").arg(subject, r.topicTitle);
        }
        return r.inquiryCount == 1 ? tr("Account with 1 inquiry") : tr("Account with %1 inquiries").arg(r.inquiryCount);
    case CustomerColumn: return r.customerName;
    case PolicyColumn: return policyText(r);
    case DeadlineColumn: return AbsenceModel::timeText(r.deadline, m_clock.now());
    case OverdueColumn: return overdueText(r.deadline.secsTo(m_clock.now()));
    default: return {};
    }
}

QVariant DeletionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn: return tr("What");
    case CustomerColumn: return tr("Customer");
    case PolicyColumn: return tr("Why");
    case DeadlineColumn: return tr("Due since");
    case OverdueColumn: return tr("Overdue");
    default: return {};
    }
}

QString DeletionModel::policyText(const DeletionRecommendation &r)
{
    // Singular and plural spelled out: without an English catalogue Qt would show "day(s)".
    const bool one = r.periodDays == 1;
    QString text = r.policy == DeletionRecommendation::Policy::InactiveAccount
        ? (one ? tr("Account kept 1 day after the last sign-in") : tr("Account kept %1 days after the last sign-in").arg(r.periodDays))
        : (one ? tr("Topic keeps closed inquiries 1 day") : tr("Topic keeps closed inquiries %1 days").arg(r.periodDays));
    if (r.postponedUntil)
        text += QLatin1String("; ") + tr("postponed before");
    return text;
}

QString DeletionModel::overdueText(qint64 seconds)
{
    if (seconds < 3600)
        return tr("just now");
    if (seconds < 2 * 3600)
        return tr("1 hour");
    if (seconds < 24 * 3600)
        return tr("%1 hours").arg(seconds / 3600);
    if (seconds < 2 * 24 * 3600)
        return tr("1 day");
    return tr("%1 days").arg(seconds / (24 * 3600));
}

void DeletionModel::setRecommendations(const QList<DeletionRecommendation> &recommendations)
{
    removeGone(recommendations);
    for (const DeletionRecommendation &r : recommendations) {
        const int row = rowOf(r);
        if (row >= 0) {
            m_rows[row] = r;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(r);
        endInsertRows();
    }
}

void DeletionModel::removeGone(const QList<DeletionRecommendation> &recommendations)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const bool kept = std::any_of(recommendations.cbegin(), recommendations.cend(),
                                      [&](const DeletionRecommendation &r) { return sameItem(r, m_rows.at(row)); });
        if (kept)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

int DeletionModel::rowOf(const DeletionRecommendation &recommendation) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (sameItem(m_rows.at(row), recommendation))
            return row;
    }
    return -1;
}

} // namespace confidant::client
