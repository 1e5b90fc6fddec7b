#include "StatisticsWindow.h"

#include "ReportCharts.h"
#include "ReportExport.h"
#include "ReportFormat.h"
#include "ReportModels.h"
#include "ReportService.h"
#include "WrappingHeaderView.h"
#include "wire/ReportWire.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace confidant::client {

StatisticsWindow::StatisticsWindow(ReportService *service, const AdvisorAccount &advisor, QWidget *parent)
    : QWidget(parent, Qt::Window), m_service(service), m_advisor(advisor), m_export(new ReportExport(this))
{
    setWindowTitle(tr("Statistics \u2013 Confidant"));
    setObjectName(QStringLiteral("statisticsWindow"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildSelectors());
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("reportHeading"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; padding: 6px; border-radius: 3px; }"));
    m_message->hide();
    layout->addWidget(m_message);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    layout->addWidget(m_tabs, 1);
    buildTabs();
    resize(1180, 780);

    m_customDelay.setSingleShot(true);
    m_customDelay.setInterval(600);
    connect(&m_customDelay, &QTimer::timeout, this, &StatisticsWindow::refresh);
    connect(m_service, &ReportService::reportReady, this, &StatisticsWindow::showReport);
    connect(m_service, &ReportService::failed, this, &StatisticsWindow::showFailure);
    connect(m_service, &ReportService::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_heading->setText(tr("Loading the report\u2026"));
    });
    connect(m_export, &ReportExport::finished, this, &StatisticsWindow::exportFinished);
    periodChosen();
}

QWidget *StatisticsWindow::buildSelectors()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("periodSelector"));
    m_period->addItem(tr("Today"), int(ReportPeriod::Preset::Today));
    m_period->addItem(tr("Last 7 days"), int(ReportPeriod::Preset::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(ReportPeriod::Preset::Last30Days));
    m_period->addItem(tr("Custom period"), int(ReportPeriod::Preset::Custom));
    m_period->setCurrentIndex(m_period->findData(int(ReportPeriod::defaultPreset)));
    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(bar);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_period->currentData().toInt() == int(ReportPeriod::Preset::Custom))
                m_customDelay.start();
        });
    }
    m_scope = new QComboBox(bar);
    m_scope->setObjectName(QStringLiteral("scopeSelector"));
    m_scope->addItem(tr("Whole company"), int(ReportScope::Kind::Company));
    if (m_advisor.teamId > 0)
        m_scope->addItem(tr("My team (%1)").arg(m_advisor.teamName), int(ReportScope::Kind::Team));
    m_scope->addItem(tr("Shared queue"), int(ReportScope::Kind::SharedQueue));
    if (m_advisor.teamLead)
        m_scope->addItem(tr("Team report (%1)").arg(m_advisor.teamName), int(ReportScope::Kind::TeamReport));
    auto *reload = new QPushButton(tr("&Refresh"), bar);
    m_pdfButton = new QPushButton(tr("Export &PDF\u2026"), bar);
    m_pdfButton->setObjectName(QStringLiteral("exportPdf"));
    m_csvButton = new QPushButton(tr("Export &CSV\u2026"), bar);
    m_csvButton->setObjectName(QStringLiteral("exportCsv"));
    const auto label = [bar](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, bar);
        l->setBuddy(buddy);
        return l;
    };
    for (QWidget *widget : std::initializer_list<QWidget *>{label(tr("P&eriod:"), m_period), m_period, label(tr("&From"), m_from), m_from,
                                                            label(tr("&to"), m_to), m_to, label(tr("&Scope:"), m_scope), m_scope, reload})
        row->addWidget(widget);
    row->addStretch(1);
    row->addWidget(m_pdfButton);
    row->addWidget(m_csvButton);
    connect(m_period, &QComboBox::currentIndexChanged, this, &StatisticsWindow::periodChosen);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &StatisticsWindow::refresh);
    connect(reload, &QPushButton::clicked, this, &StatisticsWindow::refresh);
    connect(m_pdfButton, &QPushButton::clicked, this, &StatisticsWindow::askForPdf);
    connect(m_csvButton, &QPushButton::clicked, this, &StatisticsWindow::askForCsv);
    return bar;
}

// Key figures above the charts: what a lead reads first.
QWidget *StatisticsWindow::buildOverview()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *figures = new QGridLayout;
    const QStringList titles{tr("Received"), tr("Answered"), tr("Closed"), tr("Reopened"), tr("Transfers"), tr("Open now"),
                             tr("Overdue now"), tr("First response (median)"), tr("First response (90%)"),
                             tr("First response within target"), tr("Time to close (median)"), tr("Time to close (90%)")};
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    for (int i = 0; i < titles.size(); ++i) {
        auto *title = new QLabel(titles.at(i), page);
        title->setWordWrap(true);
        auto *value = new QLabel(ReportFormat::none(), page);
        value->setFont(big);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        figures->addWidget(title, (i / 6) * 2, i % 6, Qt::AlignBottom);
        figures->addWidget(value, (i / 6) * 2 + 1, i % 6, Qt::AlignTop);
        m_figures.append(value);
    }
    layout->addLayout(figures);
    m_charts = new ReportCharts(page);
    layout->addWidget(m_charts, 1);
    return page;
}

void StatisticsWindow::buildTabs()
{
    QWidget *overview = buildOverview();
    m_pages.insert(Tab::Overview, overview);
    m_tabs->addTab(overview, tr("Overview"));
    addTable(Tab::ByDay, tr("By day"), new DailyActivityModel(this));
    addTable(Tab::ByTopic, tr("By topic"), new TopicActivityModel(this));
    addTable(Tab::ByTeam, tr("By team"), new TeamActivityModel(this));
    addTable(Tab::Advisors, tr("Advisors"), new AdvisorActivityModel(AdvisorActivityModel::Source::Team, this));
    addTable(Tab::MyWork, tr("My work"), new AdvisorActivityModel(AdvisorActivityModel::Source::Me, this));
    m_tabs->setTabVisible(tabIndex(Tab::Advisors), false);
    m_tabs->setTabVisible(tabIndex(Tab::MyWork), false);
}

QTableView *StatisticsWindow::addTable(Tab tab, const QString &title, ReportTableModel *model)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(ReportTableModel::SortRole);
    auto *view = new QTableView;
    view->setHorizontalHeader(new WrappingHeaderView(view));
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the report's order until the advisor clicks a header
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    m_models.append(model);
    m_tables.insert(tab, view);
    m_pages.insert(tab, view);
    m_tabs->addTab(view, title);
    return view;
}

int StatisticsWindow::tabIndex(Tab tab) const
{
    return m_tabs->indexOf(m_pages.value(tab));
}

QTableView *StatisticsWindow::table(Tab tab) const
{
    return m_tables.value(tab);
}

void StatisticsWindow::periodChosen()
{
    const auto preset = ReportPeriod::Preset(m_period->currentData().toInt());
    const bool custom = preset == ReportPeriod::Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const ReportPeriod period = ReportPeriod::preset(preset, m_service->clock(), m_service->timeZone());
        const QSignalBlocker blockFrom(m_from), blockTo(m_to); // showing the preset's days is no custom choice
        m_from->setDate(period.from);
        m_to->setDate(period.to);
    }
    const QDate today = ReportPeriod::today(m_service->clock(), m_service->timeZone());
    m_from->setMaximumDate(today);
    m_to->setMaximumDate(today);
    refresh();
}

std::optional<ReportPeriod> StatisticsWindow::chosenPeriod()
{
    const auto period = ReportPeriod::custom(m_from->date(), m_to->date(), m_service->clock(), m_service->timeZone());
    if (const auto *why = std::get_if<QString>(&period)) {
        showFailure(*why);
        return std::nullopt;
    }
    return std::get<ReportPeriod>(period);
}

ReportScope StatisticsWindow::chosenScope() const
{
    const auto kind = ReportScope::Kind(m_scope->currentData().toInt());
    return {kind, kind == ReportScope::Kind::Team ? m_advisor.teamId : 0};
}

void StatisticsWindow::refresh()
{
    m_customDelay.stop();
    if (const auto period = chosenPeriod()) {
        m_message->hide();
        m_service->fetch(*period, chosenScope());
    }
}

void StatisticsWindow::showReport(const ActivityReport &report)
{
    m_report = report;
    m_message->hide();
    m_heading->setText(QStringLiteral("<b>%1</b> \u00b7 %2<br>%3")
                           .arg(ReportFormat::scope(report).toHtmlEscaped(), ReportFormat::period(report.from, report.to).toHtmlEscaped(),
                                tr("Days in the time zone %1; as of %2.").arg(report.timeZone, ReportFormat::generatedAt(report)).toHtmlEscaped()));
    for (ReportTableModel *model : std::as_const(m_models))
        model->setReport(report);
    m_charts->setReport(report);
    showFigures(report);
    m_tabs->setTabVisible(tabIndex(Tab::Advisors), report.kind == ActivityReport::Kind::Team);
    m_tabs->setTabVisible(tabIndex(Tab::MyWork), report.me.has_value());
    for (QTableView *view : std::as_const(m_tables))
        view->resizeColumnsToContents();
    m_pdfButton->setEnabled(true);
    m_csvButton->setEnabled(true);
}

void StatisticsWindow::showFigures(const ActivityReport &report)
{
    const ActivityTotals &t = report.totals;
    const QStringList values{QString::number(t.received), QString::number(t.answered), QString::number(t.closed),
                             QString::number(t.reopened), QString::number(t.transfers), QString::number(t.openNow),
                             QString::number(t.overdueNow), ReportFormat::duration(t.firstResponse.medianSeconds),
                             ReportFormat::duration(t.firstResponse.p90Seconds), ReportFormat::withinTarget(t.firstResponse),
                             ReportFormat::duration(t.timeToClose.medianSeconds), ReportFormat::duration(t.timeToClose.p90Seconds)};
    for (int i = 0; i < values.size(); ++i)
        m_figures.at(i)->setText(values.at(i));
}

// The old report would be taken for the one asked for: nothing is shown instead, and nothing can be exported.
void StatisticsWindow::showFailure(const QString &message)
{
    m_report.reset();
    m_message->setText(message);
    m_message->show();
    m_heading->clear();
    for (ReportTableModel *model : std::as_const(m_models))
        model->setReport({});
    m_charts->setReport({});
    for (QLabel *figure : std::as_const(m_figures))
        figure->setText(ReportFormat::none());
    m_pdfButton->setEnabled(false);
    m_csvButton->setEnabled(false);
}

void StatisticsWindow::exportPdf(const QString &fileName)
{
    if (m_report)
        m_export->exportPdf(*m_report, fileName);
}

void StatisticsWindow::exportCsv(const QString &fileName)
{
    if (m_report)
        m_export->exportCsv(*m_report, fileName);
}

void StatisticsWindow::askForPdf()
{
    const QString fileName = askForFileName(tr("Export the report as PDF"), tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (!fileName.isEmpty())
        exportPdf(fileName);
}

void StatisticsWindow::askForCsv()
{
    const QString fileName = askForFileName(tr("Export the report as CSV"), tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (!fileName.isEmpty())
        exportCsv(fileName);
}

// The file is named after the period, in the documents folder, so a second export doesn't overwrite the first.
QString StatisticsWindow::askForFileName(const QString &title, const QString &filter, const QString &suffix)
{
    if (!m_report)
        return {};
    const QString name = tr("report-%1-%2").arg(wire::dateText(m_report->from), wire::dateText(m_report->to)) + QLatin1Char('.') + suffix;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    return QFileDialog::getSaveFileName(this, title, suggested, filter);
}

void StatisticsWindow::exportFinished(bool ok, const QString &fileName, const QString &message)
{
    if (ok)
        m_heading->setText(m_heading->text() + QStringLiteral("<br>") + tr("Exported to %1.").arg(QDir::toNativeSeparators(fileName)).toHtmlEscaped());
    else if (!message.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), message);
}

} // namespace confidant::client
