#include "ReportPdfWriter.h"

#include "ReportCharts.h"
#include "ReportFormat.h"
#include "ReportModels.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>

#include <numeric>

namespace confidant::client {
namespace {

constexpr int dpi = 300;
constexpr qreal mm = dpi / 25.4;

} // namespace

ReportPdfWriter::ReportPdfWriter(const ActivityReport &report, QIODevice *device)
    : m_report(report), m_pdf(std::make_unique<QPdfWriter>(device))
{
    m_pdf->setResolution(dpi);
    m_pdf->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
    m_pdf->setCreator(QStringLiteral("Confidant"));
    m_pdf->setTitle(tr("Report of %1, %2").arg(ReportFormat::scope(report), ReportFormat::period(report.from, report.to)));
}

ReportPdfWriter::~ReportPdfWriter()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
}

bool ReportPdfWriter::begin()
{
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_pdf.get()))
        return false;
    const QRectF paint = m_pdf->pageLayout().paintRectPixels(dpi);
    m_area = QRectF(0, 0, paint.width(), paint.height() - 8 * mm);
    layOut();
    return true;
}

bool ReportPdfWriter::writeNextPage()
{
    if (m_written >= m_pages.size())
        return false;
    if (m_written > 0)
        m_pdf->newPage();
    for (const Paint &paint : m_pages.at(m_written).items)
        paint(*m_painter);
    paintFooter(*m_painter, m_written);
    ++m_written;
    return m_written < m_pages.size();
}

bool ReportPdfWriter::finish()
{
    return m_painter->end();
}

QFont ReportPdfWriter::font(qreal points, bool bold) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures: text copied or searched in the PDF ("Baufinanzierung") must be the letters it shows.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

void ReportPdfWriter::layOut()
{
    newPage();
    layOutHeading();
    layOutFigures();
    layOutCharts();
    auto days = std::make_shared<DailyActivityModel>();
    auto topics = std::make_shared<TopicActivityModel>();
    auto teams = std::make_shared<TeamActivityModel>();
    auto advisors = std::make_shared<AdvisorActivityModel>(AdvisorActivityModel::Source::Team);
    auto me = std::make_shared<AdvisorActivityModel>(AdvisorActivityModel::Source::Me);
    m_models = {days, topics, teams, advisors, me};
    for (const auto &model : m_models)
        model->setReport(m_report);
    layOutTable(tr("By day"), *days);
    layOutTable(tr("By topic"), *topics);
    layOutTable(tr("By team"), *teams);
    if (m_report.kind == ActivityReport::Kind::Team)
        layOutTable(tr("Advisors"), *advisors);
    if (m_report.me)
        layOutTable(tr("My work"), *me);
}

void ReportPdfWriter::newPage()
{
    m_pages.append(Page{});
    m_y = 0;
}

qreal ReportPdfWriter::place(qreal height)
{
    if (m_y + height > m_area.height() && m_y > 0)
        newPage();
    const qreal y = m_y;
    m_y += height;
    return y;
}

void ReportPdfWriter::layOutHeading()
{
    const QString title = m_report.kind == ActivityReport::Kind::Team ? tr("Team report") : tr("Statistics");
    const QStringList lines{
        ReportFormat::scope(m_report),
        tr("Period: %1").arg(ReportFormat::period(m_report.from, m_report.to)),
        tr("Days counted in the time zone %1; made on %2.").arg(m_report.timeZone, ReportFormat::generatedAt(m_report)),
    };
    const qreal y = place(36 * mm);
    const QRectF area = m_area;
    m_pages.last().items.append([this, title, lines, y, area](QPainter &painter) {
        painter.setFont(font(18, true));
        painter.drawText(QRectF(0, y, area.width(), 10 * mm), Qt::AlignLeft | Qt::AlignVCenter, m_report.company);
        painter.setFont(font(13, true));
        painter.drawText(QRectF(0, y + 10 * mm, area.width(), 8 * mm), Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.setFont(font(10));
        painter.drawText(QRectF(0, y + 18 * mm, area.width(), 16 * mm), Qt::AlignLeft | Qt::AlignTop, lines.join(QLatin1Char('\n')));
        painter.drawLine(QPointF(0, y + 34 * mm), QPointF(area.width(), y + 34 * mm));
    });
}

// The key figures in one line of "cards", as the window's overview shows them.
void ReportPdfWriter::layOutFigures()
{
    const ActivityTotals &t = m_report.totals;
    const QList<std::pair<QString, QString>> figures{
        {tr("Received"), QString::number(t.received)},
        {tr("Answered"), QString::number(t.answered)},
        {tr("Closed"), QString::number(t.closed)},
        {tr("Reopened"), QString::number(t.reopened)},
        {tr("Open now"), QString::number(t.openNow)},
        {tr("Overdue now"), QString::number(t.overdueNow)},
        {tr("First response (median)"), ReportFormat::duration(t.firstResponse.medianSeconds)},
        {tr("Time to close (median)"), ReportFormat::duration(t.timeToClose.medianSeconds)},
    };
    const qreal y = place(18 * mm);
    const qreal width = m_area.width() / figures.size();
    m_pages.last().items.append([this, figures, y, width](QPainter &painter) {
        for (int i = 0; i < figures.size(); ++i) {
            const QRectF cell(i * width, y, width - 2 * mm, 16 * mm);
            painter.setFont(font(8));
            painter.drawText(cell.adjusted(0, 0, 0, -9 * mm), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, figures.at(i).first);
            painter.setFont(font(12, true));
            painter.drawText(cell.adjusted(0, 8 * mm, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, figures.at(i).second);
        }
    });
}

// Two charts side by side on the first page, two more on the next. Drawn into an image at the page's
// resolution: a chart lays out its labels with the screen's font metrics, and painted straight onto the 300 dpi
// page its fonts would grow and overlap. (The figures are in the tables as text.)
void ReportPdfWriter::layOutCharts()
{
    int index = 0;
    qreal y = 0;
    for (ReportCharts::Chart chart : ReportCharts::all) {
        const qreal height = std::min<qreal>(88 * mm, m_area.height() - 56 * mm);
        if (index % 2 == 0)
            y = place(height + 4 * mm);
        const QRectF target((index % 2) * m_area.width() / 2, y, m_area.width() / 2 - 3 * mm, height);
        m_pages.last().items.append([this, chart, target](QPainter &painter) { painter.drawImage(target, chartImage(chart, target.size())); });
        ++index;
    }
}

QImage ReportPdfWriter::chartImage(ReportCharts::Chart chart, const QSizeF &size) const
{
    // The page's pixels per pixel of the chart laid out as on a screen: below 300/96, so the chart is laid out larger
    // than the half page would be on a 96 dpi screen, and its axis labels fit without being cut short.
    constexpr qreal scale = dpi / 125.0;
    QGraphicsScene scene;
    QChart *drawn = ReportCharts::create(chart, m_report);
    scene.addItem(drawn); // the scene owns and deletes it
    const QSizeF screen = size / scale;
    drawn->resize(screen);
    drawn->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), screen));
    QImage image(size.toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), scene.sceneRect());
    return image;
}

QList<qreal> ReportPdfWriter::columnWidths(const ReportTableModel &model) const
{
    const QFontMetricsF cell(font(7.5), m_pdf.get());
    const QFontMetricsF header(font(7.5, true), m_pdf.get());
    QList<qreal> widths;
    for (int column = 0; column < model.columnCount(); ++column) {
        // A header may wrap at its spaces: its longest word is as narrow as the column gets.
        qreal width = 0;
        for (const QString &word : model.headerData(column, Qt::Horizontal).toString().split(QLatin1Char(' ')))
            width = std::max(width, header.horizontalAdvance(word));
        for (int row = 0; row < model.rowCount(); ++row)
            width = std::max(width, cell.horizontalAdvance(model.index(row, column).data().toString()));
        widths << width + 3 * mm;
    }
    return widths;
}

qreal ReportPdfWriter::headerHeight(const ReportTableModel &model, const QList<int> &columns, const QList<qreal> &widths) const
{
    const QFontMetricsF header(font(7.5, true), m_pdf.get());
    qreal height = 0;
    for (int i = 0; i < columns.size(); ++i) {
        const QRectF bounds = header.boundingRect(QRectF(0, 0, widths.at(i) - 2 * mm, 1e6), Qt::TextWordWrap,
                                                  model.headerData(columns.at(i), Qt::Horizontal).toString());
        height = std::max(height, bounds.height());
    }
    return height + 2 * mm;
}

// A table wider than the page is printed in parts, each with the first column again (the day, topic, team or
// advisor the row is about), rather than squeezed until its figures are cut off.
void ReportPdfWriter::layOutTable(const QString &title, ReportTableModel &model)
{
    const QList<qreal> widths = columnWidths(model);
    QList<QList<int>> parts{QList<int>{0}};
    qreal used = widths.at(0);
    for (int column = 1; column < model.columnCount(); ++column) {
        if (used + widths.at(column) > m_area.width() && parts.last().size() > 1) {
            parts.append(QList<int>{0});
            used = widths.at(0);
        }
        parts.last().append(column);
        used += widths.at(column);
    }
    for (int part = 0; part < parts.size(); ++part)
        layOutTablePart(part == 0 ? title : tr("%1 (continued)").arg(title), model, parts.at(part), widths);
}

void ReportPdfWriter::layOutTablePart(const QString &title, ReportTableModel &model, const QList<int> &columns, const QList<qreal> &allWidths)
{
    QList<qreal> widths;
    for (int column : columns)
        widths << std::min(allWidths.at(column), m_area.width());
    const qreal header = headerHeight(model, columns, widths);
    const qreal rowHeight = QFontMetricsF(font(7.5), m_pdf.get()).height() + 1.6 * mm;
    const qreal titleHeight = 9 * mm;
    // The title, the header and at least one row together: a title alone at the foot of a page helps nobody.
    const qreal y = place(titleHeight + header + rowHeight);
    m_pages.last().items.append([this, title, y](QPainter &painter) {
        painter.setFont(font(12, true));
        painter.drawText(QRectF(0, y + 2 * mm, m_area.width(), 7 * mm), Qt::AlignLeft | Qt::AlignVCenter, title);
    });
    m_y = y + titleHeight + header;
    const auto paintHeader = [this, &model, columns, widths, header](qreal at) {
        m_pages.last().items.append([this, &model, columns, widths, header, at](QPainter &painter) {
            paintTableHeader(painter, model, columns, widths, at, header);
        });
    };
    paintHeader(y + titleHeight);
    for (int row = 0; row < model.rowCount(); ++row) {
        if (m_y + rowHeight > m_area.height()) {
            newPage(); // the header again at the top of each page the table continues on
            paintHeader(place(header));
        }
        const qreal at = place(rowHeight);
        m_pages.last().items.append([this, &model, columns, widths, row, at](QPainter &painter) {
            paintTableRow(painter, model, columns, widths, row, at);
        });
    }
    m_y += 4 * mm;
}

void ReportPdfWriter::paintTableHeader(QPainter &painter, const ReportTableModel &model, const QList<int> &columns, const QList<qreal> &widths,
                                       qreal y, qreal height) const
{
    painter.setFont(font(7.5, true));
    painter.fillRect(QRectF(0, y, std::accumulate(widths.begin(), widths.end(), 0.0), height), QColor(0xe8, 0xec, 0xf0));
    qreal x = 0;
    for (int i = 0; i < columns.size(); ++i) {
        const auto alignment = Qt::Alignment(model.headerData(columns.at(i), Qt::Horizontal, Qt::TextAlignmentRole).toInt());
        painter.drawText(QRectF(x + 1 * mm, y + 1 * mm, widths.at(i) - 2 * mm, height - 2 * mm),
                         (alignment & Qt::AlignHorizontal_Mask) | Qt::AlignBottom | Qt::TextWordWrap,
                         model.headerData(columns.at(i), Qt::Horizontal).toString());
        x += widths.at(i);
    }
}

void ReportPdfWriter::paintTableRow(QPainter &painter, const ReportTableModel &model, const QList<int> &columns, const QList<qreal> &widths,
                                    int row, qreal y) const
{
    const qreal height = QFontMetricsF(font(7.5), m_pdf.get()).height() + 1.6 * mm;
    if (row % 2 == 1)
        painter.fillRect(QRectF(0, y, std::accumulate(widths.begin(), widths.end(), 0.0), height), QColor(0xf5, 0xf6, 0xf8));
    painter.setFont(font(7.5));
    const QFontMetricsF metrics(painter.font(), m_pdf.get());
    qreal x = 0;
    for (int i = 0; i < columns.size(); ++i) {
        const QModelIndex index = model.index(row, columns.at(i));
        const QRectF cell(x + 1 * mm, y, widths.at(i) - 2 * mm, height);
        painter.drawText(cell, Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt()),
                         metrics.elidedText(index.data().toString(), Qt::ElideRight, cell.width()));
        x += widths.at(i);
    }
}

void ReportPdfWriter::paintFooter(QPainter &painter, int page) const
{
    painter.setFont(font(8));
    const QRectF footer(0, m_area.height() + 2 * mm, m_area.width(), 6 * mm);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_report.company + QStringLiteral(" \u00b7 ") + ReportFormat::scope(m_report));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(m_pages.size()));
}

} // namespace confidant::client
