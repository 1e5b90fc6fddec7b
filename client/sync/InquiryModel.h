#pragma once

#include "OpenDurationPolicy.h"
#include "domain/Inquiry.h"
#include "time/Clock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace confidant::client {

// The inquiries the advisor can see, one row each, updated incrementally from the change feed.
class InquiryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SubjectColumn, CustomerColumn, TopicColumn, StateColumn, OpenForColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, WaitingSinceRole, TopicKeyRole, OpenLevelRole, OpenSecondsRole };

    InquiryModel(const Clock &clock, OpenDurationPolicy policy, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Inserts new inquiries, updates known ones in place (dataChanged), never resets.
    void apply(const QList<Inquiry> &inquiries);
    std::optional<Inquiry> inquiry(qint64 id) const;
    void setPolicy(OpenDurationPolicy policy);
    // Time moved: repaint the open-for column and its colours only.
    void refreshDurations();

private:
    QVariant displayData(const Inquiry &inquiry, int column) const;

    const Clock &m_clock;
    OpenDurationPolicy m_policy;
    QList<Inquiry> m_rows;
    QHash<qint64, int> m_rowById;
};

} // namespace confidant::client
