#pragma once

#include "AdvisorAccount.h"
#include "ReportPeriod.h"
#include "domain/ActivityReport.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace confidant::client {

class ReportCharts;
class ReportExport;
class ReportService;
class ReportTableModel;

// The statistics for an advisor, and a lead's team report: a period and a scope to choose, the report's charts and
// tables, export as PDF and CSV. It shows what ReportService fetches; every tab, the PDF and the CSV draw from the
// one report shown.
class StatisticsWindow : public QWidget {
    Q_OBJECT
public:
    enum class Tab { Overview, ByDay, ByTopic, ByTeam, Advisors, MyWork };

    StatisticsWindow(ReportService *service, const AdvisorAccount &advisor, QWidget *parent = nullptr);

    const std::optional<ActivityReport> &report() const { return m_report; }
    QTabWidget *tabs() const { return m_tabs; }
    int tabIndex(Tab tab) const;
    QTableView *table(Tab tab) const;
    ReportExport *exporter() const { return m_export; }
    ReportCharts *charts() const { return m_charts; }
    // Export without asking for a file name (the buttons ask, then call these).
    void exportPdf(const QString &fileName);
    void exportCsv(const QString &fileName);

public slots:
    // Asks for the report of the chosen period and scope.
    void refresh();

private:
    QWidget *buildSelectors();
    QWidget *buildOverview();
    QTableView *addTable(Tab tab, const QString &title, ReportTableModel *model);
    void buildTabs();
    void periodChosen();
    std::optional<ReportPeriod> chosenPeriod();
    ReportScope chosenScope() const;
    void showReport(const ActivityReport &report);
    void showFailure(const QString &message);
    void showFigures(const ActivityReport &report);
    void askForPdf();
    void askForCsv();
    QString askForFileName(const QString &title, const QString &filter, const QString &suffix);
    void exportFinished(bool ok, const QString &fileName, const QString &message);

    ReportService *m_service;
    AdvisorAccount m_advisor;
    std::optional<ActivityReport> m_report;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_scope;
    QLabel *m_heading;
    QLabel *m_message;
    QTabWidget *m_tabs;
    ReportCharts *m_charts;
    QList<QLabel *> m_figures;
    QHash<Tab, QTableView *> m_tables;
    QHash<Tab, QWidget *> m_pages;
    QList<ReportTableModel *> m_models;
    QPushButton *m_pdfButton;
    QPushButton *m_csvButton;
    ReportExport *m_export;
    QTimer m_customDelay; // typing a date changes it digit by digit: ask once the advisor pauses
};

} // namespace confidant::client
