#include "http/Router.h"

#include <QTest>

using namespace confidant::server;

// The router on its own: which handler a method and path reach, what a placeholder captures, and what a wrong
// method learns (405 with the methods that path has).
class tst_Router : public QObject {
    Q_OBJECT
private slots:
    void init();
    void matches_data();
    void matches();
    void wrongMethodListsTheAllowedOnes();
    void literalSegmentWinsOverAPlaceholderRegisteredFirst();

private:
    Router m_router;
    QString m_reached;
};

void tst_Router::init()
{
    m_router = Router();
    const auto handler = [this](const char *name) {
        return [this, name](const HttpRequest &, const ResponseSink &) { m_reached = QString::fromLatin1(name); };
    };
    m_router.add("GET", QStringLiteral("/inquiries"), handler("list"));
    m_router.add("POST", QStringLiteral("/inquiries"), handler("create"));
    m_router.add("GET", QStringLiteral("/inquiries/new"), handler("form"));
    m_router.add("GET", QStringLiteral("/inquiries/{id}"), handler("thread"));
    m_router.add("POST", QStringLiteral("/inquiries/{id}/messages"), handler("answer"), 16 * 1024);
}

void tst_Router::matches_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("handler"); // empty: no route
    QTest::addColumn<QString>("id");
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/inquiries") << QStringLiteral("list") << QString();
    QTest::newRow("HEAD is GET") << QByteArray("HEAD") << QStringLiteral("/inquiries") << QStringLiteral("list") << QString();
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/inquiries") << QStringLiteral("create") << QString();
    QTest::newRow("placeholder") << QByteArray("GET") << QStringLiteral("/inquiries/42") << QStringLiteral("thread") << QStringLiteral("42");
    QTest::newRow("placeholder takes any segment") << QByteArray("GET") << QStringLiteral("/inquiries/x'1") << QStringLiteral("thread") << QStringLiteral("x'1");
    QTest::newRow("nested") << QByteArray("POST") << QStringLiteral("/inquiries/7/messages") << QStringLiteral("answer") << QStringLiteral("7");
    QTest::newRow("too deep") << QByteArray("GET") << QStringLiteral("/inquiries/7/messages/1") << QString() << QString();
    QTest::newRow("unknown") << QByteArray("GET") << QStringLiteral("/admin") << QString() << QString();
    QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/") << QString() << QString();
    QTest::newRow("case matters") << QByteArray("GET") << QStringLiteral("/Inquiries") << QString() << QString();
    QTest::newRow("method case matters") << QByteArray("get") << QStringLiteral("/inquiries") << QString() << QString();
}

void tst_Router::matches()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, handler);
    QFETCH(QString, id);
    const Router::Match match = m_router.match(method, path);
    QCOMPARE(match.route != nullptr, !handler.isEmpty());
    if (!match.route)
        return;
    m_reached.clear();
    match.route->handler(HttpRequest(), ResponseSink());
    QCOMPARE(m_reached, handler);
    QCOMPARE(match.pathParameters.value(QStringLiteral("id")), id);
    QCOMPARE(match.route->maxBodyBytes, handler == QLatin1String("answer") ? 16 * 1024 : DefaultMaxBodyBytes);
}

void tst_Router::wrongMethodListsTheAllowedOnes()
{
    const Router::Match match = m_router.match("DELETE", QStringLiteral("/inquiries"));
    QVERIFY(!match.route);
    QCOMPARE(match.allowedMethods, (QList<QByteArray>{"GET", "POST"}));
    QCOMPARE(m_router.match("PUT", QStringLiteral("/inquiries/3/messages")).allowedMethods, QList<QByteArray>{"POST"});
    QVERIFY(m_router.match("PUT", QStringLiteral("/nowhere")).allowedMethods.isEmpty()); // 404, not 405
}

// The more specific route wins, whatever the order the routes were added in.
void tst_Router::literalSegmentWinsOverAPlaceholderRegisteredFirst()
{
    Router router;
    QString reached;
    router.add("GET", QStringLiteral("/inquiries/{id}"), [&](const HttpRequest &, const ResponseSink &) { reached = QStringLiteral("thread"); });
    router.add("GET", QStringLiteral("/inquiries/new"), [&](const HttpRequest &, const ResponseSink &) { reached = QStringLiteral("form"); });
    router.match("GET", QStringLiteral("/inquiries/new")).route->handler(HttpRequest(), ResponseSink());
    QCOMPARE(reached, QStringLiteral("form"));
    router.match("GET", QStringLiteral("/inquiries/7")).route->handler(HttpRequest(), ResponseSink());
    QCOMPARE(reached, QStringLiteral("thread"));
}

QTEST_GUILESS_MAIN(tst_Router)
#include "tst_router.moc"
