#include "DeletionLogModel.h"

#include <QLocale>

namespace confidant::client {

int DeletionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DeletionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeletionLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const DeletionLogEntry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case WhenColumn: return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case WhatColumn: return whatText(entry);
    case ByColumn: return byText(entry);
    case WhyColumn: return whyText(entry);
    default: return {};
    }
}

QVariant DeletionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case WhatColumn: return tr("What");
    case ByColumn: return tr("By");
    case WhyColumn: return tr("Why");
    default: return {};
    }
}

// The log is replaced as a whole: it is read on request, not followed.
void DeletionLogModel::setEntries(const QList<DeletionLogEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString DeletionLogModel::whatText(const DeletionLogEntry &entry)
{
    const qint64 inquiry = entry.inquiryId.value_or(0);
    switch (entry.kind) {
    // Singular and plural spelled out: without an English catalogue Qt would show "message(s)".
    case DeletionLogEntry::Kind::Inquiry:
        return entry.messageCount == 1 ? tr("Inquiry %1 deleted (1 message)").arg(inquiry)
                                       : tr("Inquiry %1 deleted (%2 messages)").arg(inquiry).arg(entry.messageCount);
    case DeletionLogEntry::Kind::Account:
        return entry.inquiryCount == 1 ? tr("Account of customer %1 deleted (1 inquiry)").arg(entry.customerId)
                                       : tr("Account of customer %1 deleted (%2 inquiries)").arg(entry.customerId).arg(entry.inquiryCount);
    case DeletionLogEntry::Kind::Postponement:
        return tr("Deletion of inquiry %1 postponed until %2").arg(inquiry).arg(QLocale().toString(entry.until.value_or(QDateTime()).toLocalTime(), QLocale::ShortFormat));
    case DeletionLogEntry::Kind::LegalHold:
        return tr("Inquiry %1 kept under a legal hold").arg(inquiry);
    case DeletionLogEntry::Kind::LegalHoldLifted:
        return entry.until ? tr("Legal hold on inquiry %1 lifted, deletion postponed until %2")
                                 .arg(inquiry).arg(QLocale().toString(entry.until->toLocalTime(), QLocale::ShortFormat))
                           : tr("Legal hold on inquiry %1 lifted").arg(inquiry);
    }
    return {};
}

QString DeletionLogModel::byText(const DeletionLogEntry &entry)
{
    if (entry.policy == QLatin1String("customer_request"))
        return tr("The customer");
    if (entry.automatic)
        return tr("Automatic deletion");
    if (entry.byAdmin)
        return tr("An administrator");
    return entry.advisorName.isEmpty() ? tr("A former advisor") : entry.advisorName;
}

QString DeletionLogModel::whyText(const DeletionLogEntry &entry)
{
    if (entry.policy == QLatin1String("closed_inquiry"))
        return tr("Retention period of the topic passed");
    if (entry.policy == QLatin1String("inactive_account"))
        return tr("Account inactive longer than kept");
    if (entry.policy == QLatin1String("customer_request"))
        return tr("The customer's own request");
    return entry.reasonKind ? reasonText(*entry.reasonKind) : QString();
}

QString DeletionLogModel::reasonText(PostponementReason kind)
{
    switch (kind) {
    case PostponementReason::CustomerAsked: return tr("The customer asked for it");
    case PostponementReason::OpenMatter: return tr("The matter is not settled yet");
    case PostponementReason::LegalObligation: return tr("A legal obligation to keep it");
    case PostponementReason::Other: return tr("Another reason");
    }
    return {};
}

} // namespace confidant::client
