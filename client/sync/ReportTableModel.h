#pragma once

#include "domain/ActivityReport.h"

#include <QAbstractTableModel>
#include <functional>

namespace confidant::client {

// A table of one part of a report. Each subclass names its columns once, with how to read a row's value; this
// class turns the values into the text a person reads (DisplayRole, also what the PDF prints) and keeps the raw
// number for sorting (SortRole), so a proxy sorts "1 h 05 min" after "50 min".
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1 };
    enum class Format {
        Text,     // QString
        Count,    // int
        Duration, // qint64 seconds of working time; a null QVariant when nothing was measured
        Share,    // DurationFigures: "3 of 4" within the target
        Day,      // QDate
    };

    using QAbstractTableModel::QAbstractTableModel;

    virtual void setReport(const ActivityReport &report) = 0;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Format format(int column) const { return m_columns.at(column).format; }

protected:
    using Value = std::function<QVariant(int row)>;

    virtual int rows() const = 0;
    void addColumn(const QString &header, Format format, Value value);
    // The columns of ActivityTotals, shared by the topic and team tables.
    void addTotalsColumns(std::function<const ActivityTotals &(int row)> totals);
    // Median, 90th percentile and within target of one kind of duration.
    void addDurationColumns(const QString &median, const QString &p90, const QString &within,
                            std::function<const DurationFigures &(int row)> figures);

private:
    struct Column {
        QString header;
        Format format;
        Value value;
    };
    QString text(const Column &column, const QVariant &value) const;

    QList<Column> m_columns;
};

} // namespace confidant::client
