#pragma once

#include "domain/ActivityReport.h"

namespace confidant::testing {

// A full team report (by default of the ten days around the spring clock change) with every part filled, names that
// need quoting in a CSV (commas, quotes, umlauts) and figures that differ from each other, so a mixed-up column shows.
inline ActivityReport sampleTeamReport(const QDate &from = QDate(2026, 3, 24), int days = 10)
{
    ActivityReport report;
    report.kind = ActivityReport::Kind::Team;
    report.company = QStringLiteral("Beispielbank \"S\u00fcd\", Filiale M\u00fcnchen AG");
    report.from = from;
    report.to = from.addDays(days - 1);
    report.timeZone = QStringLiteral("Europe/Berlin");
    report.generatedAt = QDateTime(report.to.addDays(1), QTime(7, 15, 30, 250), Qt::UTC);
    report.teamId = 7;
    report.teamName = QStringLiteral("Private clients");
    for (int i = 0; i < days; ++i)
        report.days.append({report.from.addDays(i), 3 + i % 4, 2 + i % 3, 1 + i % 2, i == 5 ? 1 : 0});
    for (const DailyActivity &day : report.days) {
        report.totals.received += day.received;
        report.totals.answered += day.answered;
        report.totals.closed += day.closed;
        report.totals.reopened += day.reopened;
    }
    report.totals.transfers = 4;
    report.totals.openNow = 9;
    report.totals.overdueNow = 2;
    report.totals.firstResponse = {24, 5400, 27000, 19};
    report.totals.timeToClose = {15, 86400, 172800, 6};
    ActivityTotals pensions = report.totals;
    pensions.received = report.totals.received * 2 / 3;
    pensions.firstResponse = {14, 3600, 21600, 12};
    report.topics.append({3, QStringLiteral("Pensions, \"Riester\" & more"), 7, 480, pensions});
    ActivityTotals mortgages;
    mortgages.received = report.totals.received - pensions.received;
    mortgages.answered = 6;
    mortgages.closed = 3;
    mortgages.openNow = 2;
    mortgages.firstResponse = {10, 9000, 30600, 7};
    mortgages.timeToClose = {3, 90000, 180000, 0};
    report.topics.append({5, QStringLiteral("Baufinanzierung \u00dcberblick"), 7, 240, mortgages});
    report.teams.append({7, QStringLiteral("Private clients"), report.totals});
    for (int age = 0; age <= int(BacklogBand::Age::OverFourteenDays); ++age)
        report.backlog.append({BacklogBand::Age(age), 5 - age});
    AdvisorActivity maria{11, QStringLiteral("Maria M\u00fcller"), 14, 31, 8, 1, 2, 5, 1, 40, {12, 4200, 20000, 10}};
    AdvisorActivity jan{12, QStringLiteral("Jan \"Hansi\" Hansen, Jr."), 9, 12, 7, 2, 1, 4, 1, 12, {6, 7200, 28800, 4}};
    AdvisorActivity lea{13, QStringLiteral("Lea Ko\u00e7"), 0, 0, 0, 0, 0, 0, 0, 0, {}};
    report.advisors = {jan, lea, maria};
    return report;
}

// The overview of the same period for the company, as an advisor who is not a lead sees it.
inline ActivityReport sampleOverview(const QDate &from = QDate(2026, 3, 24), int days = 10)
{
    ActivityReport report = sampleTeamReport(from, days);
    report.kind = ActivityReport::Kind::Overview;
    report.teamId.reset();
    report.teamName.clear();
    report.me = report.advisors.last();
    report.advisors.clear();
    report.teams.append({std::nullopt, QString(), {}});
    return report;
}

} // namespace confidant::testing
