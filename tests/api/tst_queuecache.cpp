#include "api/QueueCache.h"

#include <QTest>

using namespace confidant::server;

// The team queue's encoded answers, kept until the next announced change.
class tst_QueueCache : public QObject {
    Q_OBJECT
private slots:
    void anAnswerIsReadOnceUntilTheNextChange();
    void eachTeamLeadAndLimitHasItsOwnAnswer();
    void anAnswerReadAcrossAChangeIsNotKept();
    void aFailedReadIsNotKept();
};

void tst_QueueCache::anAnswerIsReadOnceUntilTheNextChange()
{
    QueueCache cache;
    int reads = 0;
    const auto read = [&reads]() -> Result<QByteArray> { return QByteArray("queue ") + QByteArray::number(++reads); };
    QCOMPARE(cache.answer({5, false, 50}, read).value(), QByteArray("queue 1"));
    QCOMPARE(cache.answer({5, false, 50}, read).value(), QByteArray("queue 1"));
    QCOMPARE(reads, 1);
    cache.clear();
    QCOMPARE(cache.size(), 0);
    QCOMPARE(cache.answer({5, false, 50}, read).value(), QByteArray("queue 2"));
}

// A lead may assign what the others may only claim: their answers differ, so they are kept apart.
void tst_QueueCache::eachTeamLeadAndLimitHasItsOwnAnswer()
{
    QueueCache cache;
    int reads = 0;
    const auto read = [&reads]() -> Result<QByteArray> { return QByteArray::number(++reads); };
    cache.answer({5, false, 50}, read);
    cache.answer({5, true, 50}, read);
    cache.answer({5, false, 10}, read);
    cache.answer({6, false, 50}, read);
    QCOMPARE(reads, 4);
    QCOMPARE(cache.size(), 4);
    QCOMPARE(cache.answer({5, true, 50}, read).value(), QByteArray("2"));
}

// Read before a change was announced, handed out once, but never kept: the next reader reads it again.
void tst_QueueCache::anAnswerReadAcrossAChangeIsNotKept()
{
    QueueCache cache;
    const auto readWhileAChangeCommits = [&cache]() -> Result<QByteArray> {
        cache.clear(); // the announcement arrives while this read runs
        return QByteArray("stale");
    };
    QCOMPARE(cache.answer({5, false, 50}, readWhileAChangeCommits).value(), QByteArray("stale"));
    QCOMPARE(cache.size(), 0);
}

void tst_QueueCache::aFailedReadIsNotKept()
{
    QueueCache cache;
    const auto down = []() -> Result<QByteArray> { return unavailable(); };
    QVERIFY(!cache.answer({5, false, 50}, down));
    QCOMPARE(cache.size(), 0);
    QCOMPARE(cache.answer({5, false, 50}, []() -> Result<QByteArray> { return QByteArray("back"); }).value(), QByteArray("back"));
}

QTEST_APPLESS_MAIN(tst_QueueCache)
#include "tst_queuecache.moc"
