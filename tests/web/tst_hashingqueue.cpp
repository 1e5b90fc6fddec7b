#include "web/HashingQueue.h"

#include <QSemaphore>
#include <QTest>

using namespace confidant::server;

// A flood of sign-ins is refused at once instead of queueing behind the hashes already waiting.
class tst_HashingQueue : public QObject {
    Q_OBJECT
private slots:
    void refusesBeyondItsCapacityAndRecovers();
};

void tst_HashingQueue::refusesBeyondItsCapacityAndRecovers()
{
    QObject context;
    HashingQueue queue(1, 3); // one running, two waiting
    QSemaphore release;
    const Executor onContext = [&context](std::function<void()> job) { QMetaObject::invokeMethod(&context, job, Qt::QueuedConnection); };
    QList<int> results;
    for (int i = 0; i < 3; ++i)
        QVERIFY(queue.tryRun(onContext, [&release, i] { release.acquire(); return i; }, [&results](int value) { results << value; }));
    QCOMPARE(queue.pending(), 3);
    QVERIFY(!queue.tryRun(onContext, [] { return 99; }, [&results](int value) { results << value; }));
    QCOMPARE(queue.accepted(), quint64(3));
    release.release(3);
    QTRY_COMPARE(results, (QList<int>{0, 1, 2})); // the queue's own answers, not a sleep, say when it is done
    QCOMPARE(queue.pending(), 0);
    QVERIFY(queue.tryRun(onContext, [] { return 4; }, [&results](int value) { results << value; }));
    QTRY_COMPARE(results.size(), 4);
}

QTEST_GUILESS_MAIN(tst_HashingQueue)
#include "tst_hashingqueue.moc"
