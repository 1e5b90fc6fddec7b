#include "ReportCsvReader.h"
#include "ReportCsvWriter.h"
#include "SampleReports.h"

#include <QTest>

using namespace confidant;
using namespace confidant::client;

// The CSV holds a whole report, and reading it back gives the same report: every figure, every name.
class tst_ReportCsv : public QObject {
    Q_OBJECT
private slots:
    void aTeamReportRoundTrips();
    void anOverviewRoundTrips();
    void namesAreQuotedAsRfc4180Asks();
    void numbersAreMachineReadable();
    void malformedFilesAreRefused_data();
    void malformedFilesAreRefused();
};

void tst_ReportCsv::aTeamReportRoundTrips()
{
    const ActivityReport report = testing::sampleTeamReport();
    QString error;
    const auto read = ReportCsvReader::read(ReportCsvWriter::write(report), &error);
    QVERIFY2(read.has_value(), qPrintable(error));
    QCOMPARE(*read, report);
}

void tst_ReportCsv::anOverviewRoundTrips()
{
    ActivityReport report = testing::sampleOverview();
    QCOMPARE(ReportCsvReader::read(ReportCsvWriter::write(report)), std::optional(report));
    report.sharedQueue = true;
    report.me.reset();
    QCOMPARE(ReportCsvReader::read(ReportCsvWriter::write(report)), std::optional(report));
}

void tst_ReportCsv::namesAreQuotedAsRfc4180Asks()
{
    QCOMPARE(ReportCsvWriter::row({QStringLiteral("a"), QStringLiteral("b, c"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}),
             QByteArray("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
    const QByteArray csv = ReportCsvWriter::write(testing::sampleTeamReport());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 for spreadsheets
    QVERIFY(csv.contains("\"Jan \"\"Hansi\"\" Hansen, Jr.\""));
    QVERIFY(csv.contains(QStringLiteral("Lea Ko\u00e7").toUtf8()));
    const auto rows = ReportCsvReader::parse(csv);
    QVERIFY(rows);
    for (const QStringList &row : *rows)
        QVERIFY(row.size() == 1 || row.first() == QStringLiteral("section") || !row.first().isEmpty());
}

// Durations in seconds, dates as YYYY-MM-DD, nothing formatted for a person, so a spreadsheet can compute with them.
void tst_ReportCsv::numbersAreMachineReadable()
{
    const QByteArray csv = ReportCsvWriter::write(testing::sampleTeamReport());
    QVERIFY(csv.contains("\r\nday,2026-03-29,4,4,2,1\r\n"));
    QVERIFY(csv.contains("\r\ntotals,43,29,15,1,4,9,2,24,5400,27000,19,15,86400,172800,6\r\n"));
    QVERIFY(csv.contains("\r\nadvisor,13,Lea Ko\xC3\xA7,0,0,0,0,0,0,0,0,0,,,0\r\n")); // nothing measured: empty
    QVERIFY(csv.contains("2026-04-03T07:15:30.250Z"));
}

void tst_ReportCsv::malformedFilesAreRefused_data()
{
    const QByteArray csv = ReportCsvWriter::write(testing::sampleTeamReport());
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not a report") << QByteArray("name,amount\r\nMaria,3\r\n");
    QTest::newRow("unterminated quote") << QByteArray(csv).replace("\"Jan \"\"Hansi\"\" Hansen, Jr.\"", "\"Jan Hansen");
    QTest::newRow("text after a quote") << QByteArray(csv).replace("\"Jan \"\"Hansi\"\" Hansen, Jr.\"", "\"Jan\"x");
    QTest::newRow("a number that isn't") << QByteArray(csv).replace("day,2026-03-29,4,", "day,2026-03-29,four,");
    QTest::newRow("a negative count") << QByteArray(csv).replace("day,2026-03-29,4,", "day,2026-03-29,-4,");
    QTest::newRow("a missing day") << QByteArray(csv).replace("day,2026-03-29,4,4,2,1\r\n", "");
    QTest::newRow("a row too short") << QByteArray(csv).replace("day,2026-03-29,4,4,2,1", "day,2026-03-29,5,0,2");
    QTest::newRow("an unknown band") << QByteArray(csv).replace("backlog,over14Days", "backlog,over30Days");
    QTest::newRow("no heading") << csv.mid(csv.indexOf("section,received"));
}

void tst_ReportCsv::malformedFilesAreRefused()
{
    QFETCH(QByteArray, csv);
    QString error;
    QVERIFY(!ReportCsvReader::read(csv, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ReportCsv)
#include "tst_reportcsv.moc"
