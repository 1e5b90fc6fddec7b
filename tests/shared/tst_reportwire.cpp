#include "wire/ReportWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace confidant;

class TestReportWire : public QObject {
    Q_OBJECT

    static ActivityReport sampleReport()
    {
        ActivityReport report;
        report.kind = ActivityReport::Kind::Team;
        report.company = QStringLiteral("Beispielbank \"Süd\" AG");
        report.from = QDate(2026, 3, 28);
        report.to = QDate(2026, 3, 30);
        report.timeZone = QStringLiteral("Europe/Berlin");
        report.generatedAt = QDateTime(QDate(2026, 3, 31), QTime(9, 0), Qt::UTC);
        report.teamId = 7;
        report.teamName = QStringLiteral("Private clients");
        report.totals.received = 5;
        report.totals.answered = 4;
        report.totals.openNow = 2;
        report.totals.overdueNow = 1;
        report.totals.firstResponse = {3, 3600, 7200, 2};
        for (int i = 0; i < 3; ++i)
            report.days.append({report.from.addDays(i), i, 2 * i, 0, i == 2 ? 1 : 0});
        report.topics.append({3, QStringLiteral("Mortgage"), 7, 240, report.totals});
        report.teams.append({std::nullopt, QString(), {}});
        for (int age = 0; age <= int(BacklogBand::Age::OverFourteenDays); ++age)
            report.backlog.append({BacklogBand::Age(age), age});
        AdvisorActivity maria;
        maria.advisorId = 11;
        maria.name = QStringLiteral("Maria Keller");
        maria.answered = 4;
        maria.messages = 6;
        maria.firstResponse = {1, 0, 0, 1};
        report.advisors.append(maria);
        return report;
    }

    static QJsonObject sampleJson() { return wire::toJson(sampleReport()); }

    static bool decodes(const QJsonObject &json)
    {
        return wire::activityReportFromJson(json).has_value();
    }

private slots:
    void aReportRoundTrips()
    {
        const ActivityReport report = sampleReport();
        const auto decoded = wire::decodeActivityReport(wire::encodeActivityReport(report));
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, report);

        ActivityReport overview = report;
        overview.kind = ActivityReport::Kind::Overview;
        overview.teamId.reset();
        overview.advisors.clear();
        overview.me = report.advisors.first();
        QCOMPARE(wire::decodeActivityReport(wire::encodeActivityReport(overview)), std::optional(overview));

        overview.sharedQueue = true;
        QCOMPARE(wire::decodeActivityReport(wire::encodeActivityReport(overview)), std::optional(overview));
    }

    void aSharedQueueReportOfATeamIsRefused()
    {
        QJsonObject json = sampleJson();
        json[QStringLiteral("sharedQueue")] = true;
        QVERIFY(!decodes(json)); // the sample is a team report
        json[QStringLiteral("sharedQueue")] = QStringLiteral("yes");
        QVERIFY(!decodes(json));
        json.remove(QStringLiteral("sharedQueue"));
        QVERIFY(!decodes(json));
    }

    void aReportWithAMissingDayIsRefused()
    {
        QJsonObject json = sampleJson();
        QJsonArray days = json.value(QStringLiteral("days")).toArray();
        days.removeAt(1);
        json[QStringLiteral("days")] = days;
        QString error;
        QVERIFY(!wire::activityReportFromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }

    void aBacklogWithoutEveryBandIsRefused()
    {
        QJsonObject json = sampleJson();
        QJsonArray backlog = json.value(QStringLiteral("backlog")).toArray();
        backlog.removeLast();
        json[QStringLiteral("backlog")] = backlog;
        QVERIFY(!decodes(json));
    }

    void malformedFiguresAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("negative count") << "totals.received" << QJsonValue(-1);
        QTest::newRow("fractional count") << "totals.closed" << QJsonValue(1.5);
        QTest::newRow("count as text") << "totals.answered" << QJsonValue(QStringLiteral("3"));
        QTest::newRow("more within target than measured") << "totals.firstResponse.withinTarget" << QJsonValue(4);
        QTest::newRow("median without measurements") << "totals.timeToClose.medianSeconds" << QJsonValue(60);
        QTest::newRow("overdue beyond open") << "totals.overdueNow" << QJsonValue(3);
        QTest::newRow("date with time") << "from" << QJsonValue(QStringLiteral("2026-03-28T00:00:00Z"));
        QTest::newRow("impossible date") << "to" << QJsonValue(QStringLiteral("2026-02-30"));
        QTest::newRow("unknown kind") << "kind" << QJsonValue(QStringLiteral("everything"));
        QTest::newRow("team id zero") << "teamId" << QJsonValue(0);
        QTest::newRow("no generation time") << "generatedAt" << QJsonValue(QJsonValue::Null);
        QTest::newRow("me not an object") << "me" << QJsonValue(1);
    }
    void malformedFiguresAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        const QStringList keys = path.split(QLatin1Char('.'));
        // Sets the value at a dotted path, rebuilding the objects on the way (QJsonObject is a value type).
        const std::function<QJsonObject(QJsonObject, qsizetype)> set = [&](QJsonObject object, qsizetype depth) {
            if (depth == keys.size() - 1)
                object[keys[depth]] = value;
            else
                object[keys[depth]] = set(object.value(keys[depth]).toObject(), depth + 1);
            return object;
        };
        QVERIFY(decodes(sampleJson()));
        QVERIFY(!decodes(set(sampleJson(), 0)));
    }

    void backlogKeysAreStable()
    {
        QCOMPARE(wire::backlogAgeKey(BacklogBand::Age::UnderOneDay), QStringLiteral("under1Day"));
        QCOMPARE(wire::backlogAgeKey(BacklogBand::Age::OverFourteenDays), QStringLiteral("over14Days"));
        QCOMPARE(wire::backlogAgeFromKey(QStringLiteral("3to7Days")), std::optional(BacklogBand::Age::ThreeToSevenDays));
        QVERIFY(!wire::backlogAgeFromKey(QStringLiteral("old")));
    }
};

QTEST_GUILESS_MAIN(TestReportWire)
#include "tst_reportwire.moc"
