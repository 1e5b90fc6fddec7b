#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>
#include <chrono>
#include <functional>

namespace confidant::testing {

class FakeReply;

// A request as FakeNetworkAccess received it: method, address, headers and body.
struct FakeRequest {
    QByteArray method;
    QNetworkRequest request;
    QByteArray body;

    QString path() const { return request.url().path(); }
    QUrlQuery query() const { return QUrlQuery(request.url()); }
    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
};

// One scripted answer: an HTTP status with headers and a body, or a connection that breaks; at once, after a delay,
// or held until the test lets it go (a slow server, a long-poll with nothing to say yet).
struct FakeAnswer {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Anything but NoError: no HTTP answer at all, the reply ends with this error.
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    std::chrono::milliseconds delay{0};
    bool held = false; // until FakeNetworkAccess::release()

    static FakeAnswer json(int status, const QJsonObject &body);
    // The advisor API's error document ({"error": {"code", "message"}}), as its refusals and outages send it.
    static FakeAnswer error(int status, const QString &code, const QString &message);
    // The connection closes before any answer (RemoteHostClosedError): a cut cable, a server that died mid-request.
    static FakeAnswer cut();
    FakeAnswer withHeader(const QByteArray &name, const QByteArray &value) const;
    FakeAnswer heldBack() const;
    FakeAnswer after(std::chrono::milliseconds wait) const;
};

// When a queued answer goes out, and whether the route still does its work first (a reply the server stored although
// its answer never arrived is `route = Runs` with FakeAnswer::cut()).
struct FakeOnce {
    enum Route { Skipped, Runs };
    int after = 0; // requests that pass to the route first: "the second page fails" is after = 1
    Route route = Skipped;
};

// The advisor API's side of the network for client tests, in memory (after Nextcloud's FakeQNAM in
// test/syncenginetestutils.h): ApiClient takes its QNetworkAccessManager from outside, and this one answers each
// request by its method and path (the query left off) from a route the test wrote, or from a one-off answer queued
// before it. Every request is recorded. A request nobody scripted is answered 404 and counted, so a test sees it.
class FakeNetworkAccess : public QNetworkAccessManager {
    Q_OBJECT
public:
    using Handler = std::function<FakeAnswer(const FakeRequest &)>;

    explicit FakeNetworkAccess(QObject *parent = nullptr);

    // Every request to `method` `path`.
    void route(const QByteArray &method, const QString &path, Handler handler);
    // One request to `method` `path`, before the route (several queue up in order).
    void enqueue(const QByteArray &method, const QString &path, const FakeAnswer &answer, FakeOnce once = {});
    // The route's answer to the next request to `method` `path` is held until release(): a slow server.
    void holdNext(const QByteArray &method, const QString &path);

    QList<FakeRequest> requests() const { return m_requests; }
    QList<FakeRequest> requests(const QByteArray &method, const QString &path) const;
    int unscripted() const { return m_unscripted; }

    // The replies still held back for `path` (all paths when empty), oldest first.
    int held(const QString &path = {}) const;
    // Lets the held replies for `path` (all when empty) go with the answers they were scripted with.
    void release(const QString &path = {});
    // Answers the held replies for `path` with what `handler` says now: a long-poll woken by a change.
    void answerHeld(const QString &path, const Handler &handler);

signals:
    void requested(const QByteArray &method, const QString &path);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    struct Queued {
        FakeAnswer answer;
        FakeOnce once;
        bool routeAnswers = false; // holdNext(): the route's own answer, held
    };
    struct Held {
        QPointer<FakeReply> reply;
        FakeRequest request;
        FakeAnswer answer;
    };
    static QString keyOf(const QByteArray &method, const QString &path);
    FakeAnswer answerFor(const FakeRequest &request);
    void send(FakeReply *reply, const FakeRequest &request, const FakeAnswer &answer);

    QHash<QString, Handler> m_routes;
    QHash<QString, QList<Queued>> m_queued;
    QList<FakeRequest> m_requests;
    QList<Held> m_held;
    int m_unscripted = 0;
};

} // namespace confidant::testing
