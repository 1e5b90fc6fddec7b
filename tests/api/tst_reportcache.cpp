#include "ManualClock.h"
#include "api/ReportCache.h"

#include <QTest>

using namespace confidant;
using namespace confidant::server;

// The report cache with a hand-moved clock: a report is kept for its lifetime and not a second longer, the least
// recently used goes when the cache is full, and reports that differ in kind, scope, period or asking advisor are
// kept apart.
class tst_ReportCache : public QObject {
    Q_OBJECT
private slots:
    void aKeptReportIsFoundUntilItExpires();
    void theLeastRecentlyUsedGoesWhenFull();
    void reportsOfDifferentKeysAreKeptApart();
    void insertingAgainReplacesAndRenews();

private:
    static ReportKey key(qint64 advisorId = 7, QDate to = QDate(2026, 3, 31))
    {
        return ReportKey{ActivityReport::Kind::Overview, ReportScope::company(), QDate(2026, 3, 1), to, advisorId};
    }
};

void tst_ReportCache::aKeptReportIsFoundUntilItExpires()
{
    testing::ManualClock clock;
    ReportCache cache(clock, std::chrono::seconds(60), 4);
    QCOMPARE(cache.find(key()), std::nullopt);
    cache.insert(key(), "report");
    clock.advance(59);
    QCOMPARE(cache.find(key()), QByteArray("report"));
    clock.advance(1);
    QCOMPARE(cache.find(key()), std::nullopt);
    QCOMPARE(cache.size(), 0); // an expired report does not hold a place
}

void tst_ReportCache::theLeastRecentlyUsedGoesWhenFull()
{
    testing::ManualClock clock;
    ReportCache cache(clock, std::chrono::seconds(60), 2);
    cache.insert(key(1), "one");
    cache.insert(key(2), "two");
    QVERIFY(cache.find(key(1))); // now 2 is the least recently used
    cache.insert(key(3), "three");
    QCOMPARE(cache.size(), 2);
    QCOMPARE(cache.find(key(2)), std::nullopt);
    QCOMPARE(cache.find(key(1)), QByteArray("one"));
    QCOMPARE(cache.find(key(3)), QByteArray("three"));
}

void tst_ReportCache::reportsOfDifferentKeysAreKeptApart()
{
    testing::ManualClock clock;
    ReportCache cache(clock);
    const ReportKey overview = key();
    ReportKey team = overview;
    team.kind = ActivityReport::Kind::Team;
    ReportKey ofTeam = overview;
    ofTeam.scope = ReportScope::team(3);
    ReportKey shared = overview;
    shared.scope = ReportScope::sharedQueue();
    const QList<ReportKey> keys{overview, team, ofTeam, shared, key(8), key(7, QDate(2026, 3, 30))};
    for (qsizetype i = 0; i < keys.size(); ++i)
        cache.insert(keys.at(i), QByteArray::number(i));
    QCOMPARE(cache.size(), keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        QCOMPARE(cache.find(keys.at(i)), QByteArray::number(i));
}

void tst_ReportCache::insertingAgainReplacesAndRenews()
{
    testing::ManualClock clock;
    ReportCache cache(clock, std::chrono::seconds(60), 4);
    cache.insert(key(), "old");
    clock.advance(50);
    cache.insert(key(), "new");
    clock.advance(50);
    QCOMPARE(cache.find(key()), QByteArray("new"));
    QCOMPARE(cache.size(), 1);
}

QTEST_GUILESS_MAIN(tst_ReportCache)
#include "tst_reportcache.moc"
