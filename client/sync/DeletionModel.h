#pragma once

#include "domain/DeletionRecommendation.h"
#include "time/Clock.h"

#include <QAbstractTableModel>
#include <QList>
#include <functional>

namespace confidant::client {

// The deletion recommendations in the advisor's scope as the server last sent them, earliest deadline first: what
// is to be deleted, under which policy, since when it is due and how long overdue (counted on the injected clock).
// A new answer updates the rows in place: kept rows change, gone rows are removed, new ones are inserted, so a
// selection survives a refresh.
class DeletionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhatColumn, CustomerColumn, PolicyColumn, DeadlineColumn, OverdueColumn, ColumnCount };
    enum Role { InquiryIdRole = Qt::UserRole + 1, CustomerIdRole, PolicyRole, DeadlineRole };

    explicit DeletionModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRecommendations(const QList<DeletionRecommendation> &recommendations);
    // Where the subject of an inquiry in the advisor's scope can be read (the synced inquiries): the server's
    // recommendations carry no text, so the list names the inquiry by its subject where the client knows it.
    void setSubjectLookup(std::function<QString(qint64 inquiryId)> lookup) { m_subjectOf = std::move(lookup); }
    const DeletionRecommendation &at(int row) const { return m_rows.at(row); }
    // How long past its deadline, in words ("3 days", "5 hours", "just now").
    static QString overdueText(qint64 seconds);
    // Which policy and period, in words.
    static QString policyText(const DeletionRecommendation &recommendation);

private:
    QVariant displayData(const DeletionRecommendation &recommendation, int column) const;
    int rowOf(const DeletionRecommendation &recommendation) const;
    void removeGone(const QList<DeletionRecommendation> &recommendations);

    const Clock &m_clock;
    QList<DeletionRecommendation> m_rows;
    std::function<QString(qint64)> m_subjectOf;
};

} // namespace confidant::client
