#pragma once

#include "domain/DeletionLogEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace confidant::client {

// The deletion log as the server sends it, newest first: what was deleted or postponed, by whom (an advisor, the
// automatic sweep, the customer) and why. It names ids and counts only: the log never holds content.
class DeletionLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, WhatColumn, ByColumn, WhyColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setEntries(const QList<DeletionLogEntry> &entries);

    static QString whatText(const DeletionLogEntry &entry);
    static QString byText(const DeletionLogEntry &entry);
    static QString whyText(const DeletionLogEntry &entry);
    static QString reasonText(PostponementReason kind);

private:
    QList<DeletionLogEntry> m_entries;
};

} // namespace confidant::client
