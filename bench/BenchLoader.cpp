// Loads encrypted inquiries into a bench's throwaway database, never installed, never used by tests. Subjects and
// messages are sealed as the server seals them (InquiryBatchWriter), so SQL alone can no longer write them.
//   bench_loader SOCKET_DIR KEY_RING client-sync N   bench/client_sync's N inquiries, a 500-byte message each
//   bench_loader SOCKET_DIR KEY_RING queue N         bench/advice_loop's queue: N for the first customer, 50 open
//   bench_loader SOCKET_DIR KEY_RING rate N          N inquiries with encryption and N without, alternating in
//                                                    rounds, for the customer rate@example.com; prints the rates
//   bench_loader SOCKET_DIR KEY_RING reports N [M]   bench/report_load's year of work: N inquiries, M messages each
//                                                    (default 4; BENCH_SLICE=k/m writes the k-th of m slices)
//   bench_loader SOCKET_DIR KEY_RING mailbox N       bench/customer_flood's heavy customer (heavy@example.com):
//                                                    N answered inquiries, the customer's message and a reply each
//   bench_loader SOCKET_DIR KEY_RING expired N [M]   bench/retention_sweep's closed inquiries: N of them, M messages
//                                                    each (default 4), in topic 'archive'; all but every 1,000th
//                                                    closed 400 days ago, those closed yesterday (not due)
// Connects as the server does to its private cluster (peer authentication as 'postgres', database 'confidant').
#include "InquiryBatchWriter.h"

#include "crypto/KeyRing.h"
#include "store/Database.h"
#include "store/StoreLog.h"
#include "time/ProcessTimeZone.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using confidant::bench::InquiryBatchWriter;
using confidant::bench::InquiryDraft;
using confidant::server::Database;
using confidant::server::runQuery;

namespace {

const QString customerMessage = QStringLiteral("Please help me with this. ").repeated(20);

std::optional<qint64> queryId(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!runQuery(query, sql) || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toLongLong();
}

// The shape bench/client_sync always had: customers from the first 5,000, two topics, every twentieth inquiry
// closed, every tenth the bench advisor's own, open for up to ~70 days, numbered 1..n (the script then moves the
// change-number offset above n).
std::optional<QList<InquiryDraft>> clientSyncShape(Database &database, int n)
{
    const auto customer = queryId(database, QStringLiteral("SELECT min(id) FROM customers"));
    const auto topic = queryId(database, QStringLiteral("SELECT min(id) FROM topics"));
    const auto advisor = queryId(database, QStringLiteral("SELECT id FROM advisors WHERE login = 'b.advisor'"));
    if (!customer || !topic || !advisor)
        return std::nullopt;
    static const QStringList subjects{
        QStringLiteral("Card blocked abroad"), QStringLiteral("Raising my monthly pension contribution"),
        QStringLiteral("Statement missing for March"), QStringLiteral("Fixed rate after ten years"), QStringLiteral("Change of address"),
        QStringLiteral("Standing order to a new landlord"), QStringLiteral("Lost my PIN"), QStringLiteral("Mortgage offer questions"),
        QStringLiteral("Overdraft limit"), QStringLiteral("Joint account for my partner")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<InquiryDraft> drafts;
    drafts.reserve(n);
    for (qint64 g = 1; g <= n; ++g) {
        const bool closed = g % 20 == 1;
        const QDateTime created = now.addSecs(-60 * (g * 37 % 100000));
        drafts << InquiryDraft{*customer + g % 5000, *topic + g % 2, subjects.at(g % 10) + QStringLiteral(" (%1)").arg(g),
                               closed ? QStringLiteral("closed") : QStringLiteral("awaiting_advisor"), created,
                               closed ? std::nullopt : std::optional(created), now, g,
                               g % 10 == 3 ? advisor : std::nullopt, closed ? std::optional(now) : std::nullopt, customerMessage};
    }
    return drafts;
}

// bench/advice_loop's queue list phase: the first 50 wait for an advisor, the rest for the customer; no messages.
std::optional<QList<InquiryDraft>> queueShape(Database &database, int n)
{
    const auto customer = queryId(database, QStringLiteral("SELECT min(id) FROM customers"));
    const auto topic = queryId(database, QStringLiteral("SELECT min(id) FROM topics"));
    if (!customer || !topic)
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<InquiryDraft> drafts;
    drafts.reserve(n);
    for (int g = 1; g <= n; ++g) {
        const QDateTime created = now.addSecs(-60 * g);
        drafts << InquiryDraft{*customer, *topic, QStringLiteral("Queue %1").arg(g),
                               g <= 50 ? QStringLiteral("awaiting_advisor") : QStringLiteral("awaiting_customer"), created,
                               g <= 50 ? std::optional(created) : std::nullopt, now, std::nullopt, std::nullopt, std::nullopt, QString()};
    }
    return drafts;
}

// bench/customer_flood: one customer's years of inquiries, each answered (so none waits in an advisor's queue), one
// a minute into the past; the customer's messages and the replies as bench/report_load writes them.
std::optional<QList<InquiryDraft>> mailboxShape(Database &database, int n)
{
    const auto customer = queryId(database, QStringLiteral("SELECT id FROM customers WHERE email = 'heavy@example.com'"));
    const auto topic = queryId(database, QStringLiteral("SELECT min(id) FROM topics"));
    const auto advisor = queryId(database, QStringLiteral("SELECT min(id) FROM advisors"));
    if (!customer || !topic || !advisor)
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<InquiryDraft> drafts;
    drafts.reserve(n);
    for (int g = 1; g <= n; ++g) {
        const QDateTime created = now.addSecs(-60 * g - 3600);
        InquiryDraft draft{*customer, *topic, QStringLiteral("Heavy %1").arg(g), QStringLiteral("awaiting_customer"), created, std::nullopt,
                           created.addSecs(60), std::nullopt, *advisor, std::nullopt, customerMessage, 1};
        draft.replyAdvisorId = *advisor;
        drafts << draft;
    }
    return drafts;
}

// bench/retention_sweep: conversations that ended long ago, spread over the first 1,000 customers, in the topic
// 'archive' (the script gives it a retention period far shorter than 400 days). Every 1,000th was closed yesterday
// and is not due: the sweep must leave it.
std::optional<QList<InquiryDraft>> expiredShape(Database &database, int n, int messages)
{
    const auto customer = queryId(database, QStringLiteral("SELECT min(id) FROM customers"));
    const auto topic = queryId(database, QStringLiteral("SELECT id FROM topics WHERE key = 'archive'"));
    if (!customer || !topic || messages < 1)
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<InquiryDraft> drafts;
    drafts.reserve(n);
    for (int g = 1; g <= n; ++g) {
        const QDateTime closed = g % 1000 == 0 ? now.addDays(-1) : now.addDays(-400).addSecs(-g % 86400);
        const QDateTime created = closed.addDays(-10);
        drafts << InquiryDraft{*customer + g % 1000, *topic, QStringLiteral("Old question (%1)").arg(g), QStringLiteral("closed"), created,
                               std::nullopt, closed, std::nullopt, std::nullopt, closed, customerMessage, messages - 1};
    }
    return drafts;
}

// bench/report_load's mailbox: a year of work, newest first, spread evenly over the topics (and so their teams),
// 5,000 customers and each team's advisors. Every inquiry has `messages` messages: the customer's, then the
// advisor's and the customer's in turn, the first answer after 10 minutes to 3 days, squeezed for the newest
// so that nothing lies in the future. Older than two weeks: closed an hour after the last message; else open,
// waiting for the advisor. `slice` of `slices` lets several loaders share the work.
std::optional<QList<InquiryDraft>> reportShape(Database &database, int n, int messages, int slice, int slices)
{
    QSqlQuery query(database.connection());
    if (!runQuery(query, QStringLiteral("SELECT t.id, t.team_id, array_to_string(array(SELECT a.id FROM advisors a WHERE a.team_id = t.team_id "
                                        "ORDER BY a.id), ',') FROM topics t ORDER BY t.id")))
        return std::nullopt;
    struct Route { qint64 topic; std::optional<qint64> team; QList<qint64> advisors; };
    QList<Route> routes;
    while (query.next()) {
        QList<qint64> advisors;
        for (const QString &id : query.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            advisors << id.toLongLong();
        routes << Route{query.value(0).toLongLong(), query.value(1).isNull() ? std::nullopt : std::optional(query.value(1).toLongLong()), advisors};
    }
    const auto customer = queryId(database, QStringLiteral("SELECT min(id) FROM customers"));
    if (routes.isEmpty() || !customer || messages < 1)
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    constexpr qint64 year = 365 * 86400;
    QList<InquiryDraft> drafts;
    for (qint64 g = slice; g < n; g += slices) {
        const Route &route = routes.at(g % routes.size());
        const qint64 age = year * g / n + g * 7919 % 3600;
        const QDateTime created = now.addSecs(-age);
        const int replies = messages - 1;
        const int gap = int(std::min<qint64>(600 + g * 104729 % (3 * 86400), age / (replies + 2)));
        const QDateTime last = created.addSecs(qint64(gap) * replies);
        const bool closed = age > 14 * 86400;
        const std::optional<qint64> advisor = route.advisors.isEmpty() ? std::nullopt
                                                                       : std::optional(route.advisors.at(g / routes.size() % route.advisors.size()));
        InquiryDraft draft{*customer + g % 5000, route.topic, QStringLiteral("Question %1").arg(g),
                           closed ? QStringLiteral("closed") : QStringLiteral("awaiting_advisor"), created,
                           closed ? std::nullopt : std::optional(last), closed ? last.addSecs(3600) : last, std::nullopt,
                           replies > 0 ? advisor : std::nullopt, closed ? std::optional(last.addSecs(3600)) : std::nullopt, customerMessage};
        draft.replies = replies;
        draft.teamId = route.team;
        draft.replyAdvisorId = advisor;
        draft.replyGapSeconds = gap;
        drafts << draft;
    }
    return drafts;
}

// New inquiries as a customer writes them: a subject and a 520-byte first message, waiting for an advisor.
QList<InquiryDraft> newInquiries(qint64 customer, qint64 topic, int n)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<InquiryDraft> drafts;
    drafts.reserve(n);
    for (int g = 1; g <= n; ++g)
        drafts << InquiryDraft{customer, topic, QStringLiteral("Raising my monthly pension contribution (%1)").arg(g),
                               QStringLiteral("awaiting_advisor"), now, now, now, std::nullopt, std::nullopt, std::nullopt, customerMessage};
    return drafts;
}

// With and without encryption in alternating rounds on the same cluster, so the table's growth and whatever else
// runs on the machine weigh on both alike. Prints one JSON line.
int measureRate(Database &database, int n)
{
    QSqlQuery query(database.connection());
    if (!runQuery(query, QStringLiteral("INSERT INTO customers (email, display_name, password_hash, created_at) "
                                        "VALUES ('rate@example.com', 'rate', 'none', now()) ON CONFLICT DO NOTHING")))
        return 1;
    const auto customer = queryId(database, QStringLiteral("SELECT id FROM customers WHERE email = 'rate@example.com'"));
    const auto topic = queryId(database, QStringLiteral("SELECT min(id) FROM topics"));
    if (!customer || !topic)
        return 1;
    InquiryBatchWriter sealed(database, InquiryBatchWriter::Sealing::On);
    InquiryBatchWriter plain(database, InquiryBatchWriter::Sealing::Off);
    constexpr int rounds = 4;
    const QList<InquiryDraft> round = newInquiries(*customer, *topic, n / rounds);
    qint64 sealedNs = 0, plainNs = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        if (!sealed.write(round))
            return 1;
        sealedNs += timer.nsecsElapsed();
        timer.restart();
        if (!plain.write(round))
            return 1;
        plainNs += timer.nsecsElapsed();
    }
    const double count = double(round.size()) * rounds;
    std::printf("{\"rateInquiries\": %.0f, \"sealedPerSecond\": %.1f, \"plainPerSecond\": %.1f, \"cryptoMicrosPerInquiry\": %.2f, "
                "\"sealedMicrosPerInquiry\": %.2f, \"plainMicrosPerInquiry\": %.2f}\n",
                count, count / (sealedNs / 1e9), count / (plainNs / 1e9), sealed.cryptoNanoseconds() / count / 1e3, sealedNs / count / 1e3,
                plainNs / count / 1e3);
    return 0;
}

int load(Database &database, const QString &mode, int n, int messages)
{
    // BENCH_SLICE=k/m: this loader writes every m-th inquiry from the k-th (report shape), so loaders can share it.
    const QStringList slice = qEnvironmentVariable("BENCH_SLICE", QStringLiteral("0/1")).split(QLatin1Char('/'));
    if (mode == QLatin1String("rate"))
        return measureRate(database, n);
    const auto drafts = mode == QLatin1String("client-sync") ? clientSyncShape(database, n)
                        : mode == QLatin1String("queue")     ? queueShape(database, n)
                        : mode == QLatin1String("mailbox")   ? mailboxShape(database, n)
                        : mode == QLatin1String("expired")   ? expiredShape(database, n, messages)
                        : mode == QLatin1String("reports")   ? reportShape(database, n, messages, slice.value(0).toInt(), std::max(1, slice.value(1).toInt()))
                                                             : std::nullopt;
    if (!drafts)
        return 1;
    QElapsedTimer timer;
    timer.start();
    InquiryBatchWriter writer(database, InquiryBatchWriter::Sealing::On);
    if (!writer.write(*drafts))
        return 1;
    std::fprintf(stderr, "bench_loader: %d inquiries (%s) in %.2f s\n", n, qPrintable(mode), timer.nsecsElapsed() / 1e9);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    confidant::pinProcessTimeZone();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool numeric = false;
    const int n = args.size() == 5 || args.size() == 6 ? args.at(4).toInt(&numeric) : 0;
    const int messages = args.size() == 6 ? args.at(5).toInt() : 4;
    if (!numeric || n < 0 || messages < 1) {
        QTextStream(stderr) << "usage: bench_loader SOCKET_DIR KEY_RING client-sync|queue|mailbox|rate|expired|reports N [messages per inquiry]\n";
        return 2;
    }
    QString error;
    std::shared_ptr<confidant::server::KeyRing> ring = confidant::server::KeyRing::load(args.at(2), &error);
    Database database(QStringLiteral("bench_loader"));
    confidant::server::DatabaseConfig config;
    config.host = args.at(1);
    config.databaseName = QStringLiteral("confidant");
    config.userName = QStringLiteral("postgres");
    if (!ring || !database.open(config, &error)) {
        QTextStream(stderr) << "bench_loader: " << error << '\n';
        return 1;
    }
    database.setKeyRing(std::move(ring));
    const int status = load(database, args.at(3), n, messages);
    if (status != 0)
        QTextStream(stderr) << "bench_loader: failed (see the messages above)\n";
    return status;
}
