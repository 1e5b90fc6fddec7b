#include "web/LocalTimeFormatter.h"

#include <QTest>

using namespace confidant::server;

// Customers read times in the server's zone with its abbreviation, summer time included.
class tst_LocalTimeFormatter : public QObject {
    Q_OBJECT
private slots:
    void formatsInTheConfiguredZone_data();
    void formatsInTheConfiguredZone();
};

void tst_LocalTimeFormatter::formatsInTheConfiguredZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    const QDateTime winter(QDate(2026, 11, 26), QTime(9, 15), Qt::UTC);
    const QDateTime summer(QDate(2026, 7, 1), QTime(8, 15), Qt::UTC);
    QTest::newRow("winter de") << QByteArray("Europe/Berlin") << winter << QStringLiteral("de") << QStringLiteral("26.11.2026, 10:15 CET");
    QTest::newRow("winter en") << QByteArray("Europe/Berlin") << winter << QStringLiteral("en") << QStringLiteral("26 Nov 2026, 10:15 CET");
    QTest::newRow("summer de") << QByteArray("Europe/Berlin") << summer << QStringLiteral("de") << QStringLiteral("01.07.2026, 10:15 CEST");
    QTest::newRow("summer en") << QByteArray("Europe/Berlin") << summer << QStringLiteral("en") << QStringLiteral("1 Jul 2026, 10:15 CEST");
    // The last Sunday of March, 01:00 UTC: Berlin jumps from 02:00 CET to 03:00 CEST.
    QTest::newRow("before the change") << QByteArray("Europe/Berlin") << QDateTime(QDate(2026, 3, 29), QTime(0, 59), Qt::UTC)
                                       << QStringLiteral("en") << QStringLiteral("29 Mar 2026, 01:59 CET");
    QTest::newRow("after the change") << QByteArray("Europe/Berlin") << QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC)
                                      << QStringLiteral("en") << QStringLiteral("29 Mar 2026, 03:00 CEST");
    QTest::newRow("new year crosses the date") << QByteArray("Europe/Berlin") << QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC)
                                               << QStringLiteral("de") << QStringLiteral("01.01.2027, 00:30 CET");
    QTest::newRow("another zone") << QByteArray("UTC") << winter << QStringLiteral("en") << QStringLiteral("26 Nov 2026, 09:15 UTC");
}

void tst_LocalTimeFormatter::formatsInTheConfiguredZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, utc);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    QCOMPARE(LocalTimeFormatter(timeZone).format(utc, language), expected);
}

QTEST_GUILESS_MAIN(tst_LocalTimeFormatter)
#include "tst_localtimeformatter.moc"
