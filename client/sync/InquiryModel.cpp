#include "InquiryModel.h"

namespace confidant::client {

InquiryModel::InquiryModel(const Clock &clock, OpenDurationPolicy policy, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock), m_policy(policy)
{
}

int InquiryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InquiryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InquiryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Inquiry &inquiry = m_rows.at(index.row());
    const auto level = m_policy.level(inquiry.waitingSince, m_clock.now());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(inquiry, index.column());
    case Qt::ToolTipRole:
        return index.column() == OpenForColumn && inquiry.waitingSince
            ? tr("Waiting since %1").arg(QLocale().toString(inquiry.waitingSince->toLocalTime(), QLocale::ShortFormat))
            : QVariant();
    case Qt::DecorationRole:
        return index.column() == OpenForColumn ? QVariant(OpenDurationPolicy::colour(level)) : QVariant();
    case IdRole: return inquiry.id;
    case StateRole: return int(inquiry.state);
    case WaitingSinceRole: return inquiry.waitingSince ? QVariant(*inquiry.waitingSince) : QVariant();
    case TopicKeyRole: return inquiry.topicKey;
    case OpenLevelRole: return int(level);
    case OpenSecondsRole: return inquiry.waitingSince ? inquiry.waitingSince->secsTo(m_clock.now()) : qint64(-1);
    default: return {};
    }
}

QVariant InquiryModel::displayData(const Inquiry &inquiry, int column) const
{
    switch (column) {
    case SubjectColumn: return inquiry.subject;
    case CustomerColumn: return inquiry.customerName;
    case TopicColumn: return inquiry.topicTitle;
    case StateColumn:
        switch (inquiry.state) {
        case InquiryState::AwaitingAdvisor: return tr("Waiting for us");
        case InquiryState::AwaitingCustomer: return tr("Answered");
        case InquiryState::Closed: return tr("Closed");
        }
        return {};
    case OpenForColumn: return OpenDurationPolicy::durationText(inquiry.waitingSince, m_clock.now());
    default: return {};
    }
}

QVariant InquiryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn: return tr("Subject");
    case CustomerColumn: return tr("Customer");
    case TopicColumn: return tr("Topic");
    case StateColumn: return tr("State");
    case OpenForColumn: return tr("Open for");
    default: return {};
    }
}

void InquiryModel::apply(const QList<Inquiry> &inquiries)
{
    QList<Inquiry> added;
    for (const Inquiry &inquiry : inquiries) {
        const auto known = m_rowById.constFind(inquiry.id);
        if (known == m_rowById.cend()) {
            added.append(inquiry);
            continue;
        }
        if (m_rows.at(*known).seq > inquiry.seq)
            continue; // an older state arriving late changes nothing
        m_rows[*known] = inquiry;
        emit dataChanged(index(*known, 0), index(*known, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const Inquiry &inquiry : added) {
        m_rowById.insert(inquiry.id, int(m_rows.size()));
        m_rows.append(inquiry);
    }
    endInsertRows();
}

std::optional<Inquiry> InquiryModel::inquiry(qint64 id) const
{
    const auto row = m_rowById.constFind(id);
    return row == m_rowById.cend() ? std::nullopt : std::optional<Inquiry>(m_rows.at(*row));
}

void InquiryModel::setPolicy(OpenDurationPolicy policy)
{
    m_policy = policy;
    refreshDurations();
}

void InquiryModel::refreshDurations()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, OpenForColumn), index(int(m_rows.size()) - 1, OpenForColumn),
                         {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, OpenLevelRole, OpenSecondsRole});
}

} // namespace confidant::client
