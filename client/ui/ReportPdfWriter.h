#pragma once

#include "ReportCharts.h"
#include "domain/ActivityReport.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <functional>
#include <memory>

class QIODevice;
class QPainter;
class QPdfWriter;

namespace confidant::client {

class ReportTableModel;

// A report as a PDF laid out for printing: A4 landscape (the tables are wide), a heading with the
// company, the scope, the period, the time zone and when the report was made; the key figures; the charts; then
// every table, broken across pages with its header repeated; page numbers in the footer.
//
// Laid out first, then written a page at a time, so ReportExport can show progress and stop between pages.
class ReportPdfWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)
public:
    ReportPdfWriter(const ActivityReport &report, QIODevice *device);
    ~ReportPdfWriter();

    // Opens the document and lays it out; false when the device cannot be written.
    bool begin();
    int pageCount() const { return int(m_pages.size()); }
    // Paints the next page; false once every page is written.
    bool writeNextPage();
    // Ends the document; false when writing failed.
    bool finish();

private:
    using Paint = std::function<void(QPainter &)>;
    struct Page {
        QList<Paint> items;
    };

    void layOut();
    void layOutHeading();
    void layOutFigures();
    void layOutCharts();
    QImage chartImage(ReportCharts::Chart chart, const QSizeF &size) const;
    void layOutTable(const QString &title, ReportTableModel &model);
    void layOutTablePart(const QString &title, ReportTableModel &model, const QList<int> &columns, const QList<qreal> &widths);
    QList<qreal> columnWidths(const ReportTableModel &model) const;
    qreal headerHeight(const ReportTableModel &model, const QList<int> &columns, const QList<qreal> &widths) const;
    void paintTableHeader(QPainter &painter, const ReportTableModel &model, const QList<int> &columns, const QList<qreal> &widths, qreal y,
                          qreal height) const;
    void paintTableRow(QPainter &painter, const ReportTableModel &model, const QList<int> &columns, const QList<qreal> &widths, int row,
                       qreal y) const;
    // Room for `height` on the current page, starting a new one when there is not.
    qreal place(qreal height);
    void newPage();
    void paintFooter(QPainter &painter, int page) const;
    QFont font(qreal points, bool bold = false) const;

    ActivityReport m_report;
    std::unique_ptr<QPdfWriter> m_pdf;
    std::unique_ptr<QPainter> m_painter;
    QList<Page> m_pages;
    QRectF m_area;   // the printable area of a page, in device pixels, without the footer
    qreal m_y = 0;   // where the next item goes on the last page
    int m_written = 0;
    QList<std::shared_ptr<ReportTableModel>> m_models; // the tables, held until the last page is painted
};

} // namespace confidant::client
