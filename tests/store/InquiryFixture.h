#pragma once

#include "ManualClock.h"
#include "TestPostgres.h"
#include "domain/AdvisorProfile.h"
#include "domain/Topic.h"
#include "store/Database.h"

#include <QObject>
#include <QTest>

#include <memory>

// The horizon spans the whole test cluster: a writing transaction in another test's database (CTest runs two at
// once) can hold it back for a moment after a commit here.
#define WAIT_FOR_HORIZON(feed, seq) QTRY_VERIFY_WITH_TIMEOUT((feed).latestSequence() >= (seq), 10000)

namespace confidant::testing {

// What the tests of the inquiry stores (InquiryStore, InquiryMessages, ChangeFeedStore) start from: a fresh
// database with one topic (no team) and one advisor, Maria, in a team of her own. A test class derives from it;
// Qt Test finds init() and cleanup() by name in the base class and runs them around each test function.
class InquiryFixture : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

protected:
    // A new customer account (the password hash is never checked here).
    qint64 customer(const QString &email, const QString &name = QStringLiteral("Anna Schmidt"));

    std::unique_ptr<TestPostgres> m_pg;
    std::unique_ptr<server::Database> m_db;
    ManualClock m_clock;
    Topic m_topic;
    AdvisorProfile m_advisor;
};

} // namespace confidant::testing
