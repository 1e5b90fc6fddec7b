#include "ReportTableModel.h"

#include "ReportFormat.h"

namespace confidant::client {

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    if (role == Qt::TextAlignmentRole)
        return int(m_columns.at(section).format == Format::Text ? Qt::AlignLeft : Qt::AlignRight) | int(Qt::AlignVCenter);
    return {};
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column &column = m_columns.at(index.column());
    const QVariant value = column.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(column, value);
    case SortRole:
        if (column.format == Format::Share) {
            const auto figures = value.value<DurationFigures>();
            return figures.count ? double(figures.withinTarget) / figures.count : -1.0;
        }
        // Nothing measured sorts before every duration.
        return value.isNull() ? QVariant(qint64(-1)) : value;
    case Qt::TextAlignmentRole:
        return int(column.format == Format::Text ? Qt::AlignLeft : Qt::AlignRight) | int(Qt::AlignVCenter);
    default:
        return {};
    }
}

QString ReportTableModel::text(const Column &column, const QVariant &value) const
{
    switch (column.format) {
    case Format::Text:
        return value.toString();
    case Format::Count:
        return QString::number(value.toInt());
    case Format::Duration:
        return ReportFormat::duration(value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong()));
    case Format::Share:
        return ReportFormat::withinTarget(value.value<DurationFigures>());
    case Format::Day:
        return ReportFormat::day(value.toDate());
    }
    return {};
}

void ReportTableModel::addColumn(const QString &header, Format format, Value value)
{
    m_columns.append({header, format, std::move(value)});
}

void ReportTableModel::addTotalsColumns(std::function<const ActivityTotals &(int row)> totals)
{
    const auto count = [totals](int ActivityTotals::*member) { return [totals, member](int row) { return QVariant(totals(row).*member); }; };
    addColumn(tr("Received"), Format::Count, count(&ActivityTotals::received));
    addColumn(tr("Answered"), Format::Count, count(&ActivityTotals::answered));
    addColumn(tr("Closed"), Format::Count, count(&ActivityTotals::closed));
    addColumn(tr("Reopened"), Format::Count, count(&ActivityTotals::reopened));
    addColumn(tr("Transfers"), Format::Count, count(&ActivityTotals::transfers));
    addColumn(tr("Open"), Format::Count, count(&ActivityTotals::openNow));
    addColumn(tr("Overdue"), Format::Count, count(&ActivityTotals::overdueNow));
    addDurationColumns(tr("First response (median)"), tr("First response (90%)"), tr("First response within target"),
                       [totals](int row) -> const DurationFigures & { return totals(row).firstResponse; });
    addDurationColumns(tr("Time to close (median)"), tr("Time to close (90%)"), tr("Closed within target"),
                       [totals](int row) -> const DurationFigures & { return totals(row).timeToClose; });
}

void ReportTableModel::addDurationColumns(const QString &median, const QString &p90, const QString &within,
                                          std::function<const DurationFigures &(int row)> figures)
{
    const auto seconds = [](const std::optional<qint64> &value) { return value ? QVariant(*value) : QVariant(); };
    addColumn(median, Format::Duration, [figures, seconds](int row) { return seconds(figures(row).medianSeconds); });
    addColumn(p90, Format::Duration, [figures, seconds](int row) { return seconds(figures(row).p90Seconds); });
    addColumn(within, Format::Share, [figures](int row) { return QVariant::fromValue(figures(row)); });
}

} // namespace confidant::client
