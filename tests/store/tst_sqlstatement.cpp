#include "TestPostgres.h"
#include "store/Database.h"
#include "store/SqlStatement.h"

#include <QTest>
#include <QTimeZone>

using namespace confidant;
using namespace confidant::server;

// The stores' one way to run a statement: named values, one row, an optional row, every row, and failures as
// "unavailable" — on a real PostgreSQL, since what matters is what QPSQL and the server make of the SQL.
class tst_SqlStatement : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void namedValuesBindWhereverTheyOccur();
    void castsAndQuotedColonsAreNotNames();
    void oneRowOptionalRowAndEveryRow();
    void anUnreadableRowMakesTheReadUnavailable();
    void aFailedStatementIsUnavailable();
    void aNameLeftUnboundRunsNothing();
    void rowsTouchedByAWrite();
    void nullsReadAsNone();

private:
    std::unique_ptr<testing::TestPostgres> m_pg;
    std::unique_ptr<Database> m_db;
};

void tst_SqlStatement::initTestCase()
{
    m_pg = std::make_unique<testing::TestPostgres>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    m_db = m_pg->open(QStringLiteral("sqlstatement"));
    QVERIFY(m_db);
    QVERIFY(SqlStatement(*m_db, QStringLiteral("CREATE TABLE items (id bigint PRIMARY KEY, label text, at timestamptz)")).run());
    QVERIFY(SqlStatement(*m_db, QStringLiteral("INSERT INTO items VALUES (1, 'one', '2026-03-01T08:00:00Z'), (2, 'two', NULL), "
                                               "(3, NULL, '2026-03-02T08:00:00Z')"))
                .run());
}

void tst_SqlStatement::cleanupTestCase()
{
    m_db.reset();
    m_pg.reset();
}

void tst_SqlStatement::namedValuesBindWhereverTheyOccur()
{
    SqlStatement statement(*m_db, QStringLiteral("SELECT :a::bigint + :b::bigint, :a::bigint * 10, :label_2::text"));
    statement.bind(QStringLiteral("a"), 4).bind(QStringLiteral("b"), 3).bind(QStringLiteral("label_2"), QStringLiteral("x"));
    const auto row = statement.oneRow([](const SqlRow &r) { return std::make_tuple(r.id(0), r.id(1), r.text(2)); },
                                      ServiceError{ServiceError::NotFound, {}});
    QVERIFY(row);
    QCOMPARE(row.value(), std::make_tuple(qint64(7), qint64(40), QStringLiteral("x")));
}

void tst_SqlStatement::castsAndQuotedColonsAreNotNames()
{
    SqlStatement statement(*m_db, QStringLiteral("SELECT 'at :noon'::text, '08:15'::time::text, :value::text"));
    statement.bind(QStringLiteral("value"), QStringLiteral("bound"));
    const auto row = statement.oneRow([](const SqlRow &r) { return r.text(0) + QLatin1Char('|') + r.text(1) + QLatin1Char('|') + r.text(2); },
                                      ServiceError{ServiceError::NotFound, {}});
    QVERIFY(row);
    QCOMPARE(row.value(), QStringLiteral("at :noon|08:15:00|bound"));
}

void tst_SqlStatement::oneRowOptionalRowAndEveryRow()
{
    const auto label = [](const SqlRow &r) { return r.text(0); };
    const QString byId = QStringLiteral("SELECT label FROM items WHERE id = :id");
    const ServiceError none{ServiceError::NotFound, QStringLiteral("no such item")};

    const auto found = SqlStatement(*m_db, byId).bind(QStringLiteral("id"), 1).oneRow(label, none);
    QVERIFY(found);
    QCOMPARE(found.value(), QStringLiteral("one"));
    const auto missing = SqlStatement(*m_db, byId).bind(QStringLiteral("id"), 99).oneRow(label, none);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ServiceError::NotFound);
    QCOMPARE(missing.error().message, QStringLiteral("no such item"));

    const auto maybe = SqlStatement(*m_db, byId).bind(QStringLiteral("id"), 99).optionalRow(label);
    QVERIFY(maybe);
    QVERIFY(!maybe.value());

    const auto all = SqlStatement(*m_db, QStringLiteral("SELECT id FROM items WHERE id >= :from ORDER BY id"))
                         .bind(QStringLiteral("from"), 2)
                         .rows([](const SqlRow &r) { return r.id(0); });
    QVERIFY(all);
    QCOMPARE(all.value(), (QList<qint64>{2, 3}));
}

void tst_SqlStatement::anUnreadableRowMakesTheReadUnavailable()
{
    // A reader returns none for a row it cannot read (a text that does not decrypt): never a partial list.
    const auto unreadableThree = [](const SqlRow &r) { return r.id(0) == 3 ? std::nullopt : std::optional<qint64>(r.id(0)); };
    const auto all = SqlStatement(*m_db, QStringLiteral("SELECT id FROM items ORDER BY id")).rows(unreadableThree);
    QVERIFY(!all);
    QCOMPARE(all.error().kind, ServiceError::Unavailable);
    const auto one = SqlStatement(*m_db, QStringLiteral("SELECT id FROM items WHERE id = :id")).bind(QStringLiteral("id"), 3).optionalRow(unreadableThree);
    QVERIFY(!one);
    QCOMPARE(one.error().kind, ServiceError::Unavailable);
}

void tst_SqlStatement::aFailedStatementIsUnavailable()
{
    const auto broken = SqlStatement(*m_db, QStringLiteral("SELECT id FROM no_such_table WHERE id = :id"))
                            .bind(QStringLiteral("id"), 1)
                            .rows([](const SqlRow &r) { return r.id(0); });
    QVERIFY(!broken);
    QCOMPARE(broken.error().kind, ServiceError::Unavailable);
    QVERIFY(broken.error().message.indexOf(QLatin1String("no_such_table")) < 0); // never SQL in a message
}

void tst_SqlStatement::aNameLeftUnboundRunsNothing()
{
    SqlStatement statement(*m_db, QStringLiteral("UPDATE items SET label = :label WHERE id = :id"));
    statement.bind(QStringLiteral("label"), QStringLiteral("changed")); // :id forgotten
    QVERIFY(!statement.run());
    const auto label = SqlStatement(*m_db, QStringLiteral("SELECT label FROM items WHERE id = 1")).oneRow([](const SqlRow &r) { return r.text(0); },
                                                                                                         ServiceError{});
    QCOMPARE(label.value(), QStringLiteral("one"));
}

void tst_SqlStatement::rowsTouchedByAWrite()
{
    const QString relabel = QStringLiteral("UPDATE items SET label = :label WHERE id = :id");
    const auto changed = SqlStatement(*m_db, relabel).bind(QStringLiteral("label"), QStringLiteral("uno")).bind(QStringLiteral("id"), 1).touchedARow();
    QVERIFY(changed);
    QVERIFY(changed.value());
    const auto none = SqlStatement(*m_db, relabel).bind(QStringLiteral("label"), QStringLiteral("x")).bind(QStringLiteral("id"), 42).touchedARow();
    QVERIFY(none);
    QVERIFY(!none.value());
    const auto returned = SqlStatement(*m_db, QStringLiteral("SELECT 1 FROM items WHERE id = :id")).bind(QStringLiteral("id"), 2).touchedARow();
    QVERIFY(returned && returned.value());
}

void tst_SqlStatement::nullsReadAsNone()
{
    SqlStatement statement(*m_db, QStringLiteral("SELECT at, :none::bigint, :some::bigint, at FROM items WHERE id = :id"));
    statement.bind(QStringLiteral("none"), std::optional<qint64>()).bind(QStringLiteral("some"), std::optional<qint64>(5)).bind(QStringLiteral("id"), 2);
    const auto row = statement.oneRow([](const SqlRow &r) { return std::make_tuple(r.optionalTime(0), r.optionalId(1), r.optionalId(2)); },
                                      ServiceError{});
    QVERIFY(row);
    QCOMPARE(std::get<0>(row.value()), std::nullopt);
    QCOMPARE(std::get<1>(row.value()), std::nullopt);
    QCOMPARE(std::get<2>(row.value()), std::optional<qint64>(5));

    const auto time = SqlStatement(*m_db, QStringLiteral("SELECT at FROM items WHERE id = 1")).oneRow([](const SqlRow &r) { return r.time(0); }, ServiceError{});
    QCOMPARE(time.value(), QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc()));
    QCOMPARE(time.value().timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(tst_SqlStatement)
#include "tst_sqlstatement.moc"
