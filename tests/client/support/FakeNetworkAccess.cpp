#include "FakeNetworkAccess.h"

#include "FakeReply.h"

#include <QJsonDocument>
#include <QTimer>

namespace confidant::testing {

FakeAnswer FakeAnswer::json(int status, const QJsonObject &body)
{
    FakeAnswer answer;
    answer.status = status;
    answer.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return answer;
}

FakeAnswer FakeAnswer::error(int status, const QString &code, const QString &message)
{
    return json(status, {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

FakeAnswer FakeAnswer::cut()
{
    FakeAnswer answer;
    answer.status = 0;
    answer.networkError = QNetworkReply::RemoteHostClosedError;
    return answer;
}

FakeAnswer FakeAnswer::withHeader(const QByteArray &name, const QByteArray &value) const
{
    FakeAnswer answer = *this;
    answer.headers.append({name, value});
    return answer;
}

FakeAnswer FakeAnswer::heldBack() const
{
    FakeAnswer answer = *this;
    answer.held = true;
    return answer;
}

FakeAnswer FakeAnswer::after(std::chrono::milliseconds wait) const
{
    FakeAnswer answer = *this;
    answer.delay = wait;
    return answer;
}

FakeNetworkAccess::FakeNetworkAccess(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

QString FakeNetworkAccess::keyOf(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

void FakeNetworkAccess::route(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.insert(keyOf(method, path), std::move(handler));
}

void FakeNetworkAccess::enqueue(const QByteArray &method, const QString &path, const FakeAnswer &answer, FakeOnce once)
{
    m_queued[keyOf(method, path)].append({answer, once});
}

void FakeNetworkAccess::holdNext(const QByteArray &method, const QString &path)
{
    m_queued[keyOf(method, path)].append({FakeAnswer().heldBack(), {}, true});
}

QList<FakeRequest> FakeNetworkAccess::requests(const QByteArray &method, const QString &path) const
{
    QList<FakeRequest> matching;
    for (const FakeRequest &request : m_requests)
        if (request.method == method && request.path() == path)
            matching.append(request);
    return matching;
}

int FakeNetworkAccess::held(const QString &path) const
{
    return int(std::count_if(m_held.begin(), m_held.end(),
                             [&path](const Held &held) { return held.reply && (path.isEmpty() || held.request.path() == path); }));
}

void FakeNetworkAccess::release(const QString &path)
{
    answerHeld(path, {});
}

void FakeNetworkAccess::answerHeld(const QString &path, const Handler &handler)
{
    // Taken out first: answering may make the client ask again at once, and that request may be held in turn.
    QList<Held> going;
    for (auto it = m_held.begin(); it != m_held.end();) {
        if (path.isEmpty() || it->request.path() == path) {
            going.append(*it);
            it = m_held.erase(it);
        } else {
            ++it;
        }
    }
    for (Held &held : going) {
        if (!held.reply)
            continue;
        FakeAnswer answer = handler ? handler(held.request) : held.answer;
        answer.held = false;
        send(held.reply, held.request, answer);
    }
}

FakeAnswer FakeNetworkAccess::answerFor(const FakeRequest &request)
{
    const QString key = keyOf(request.method, request.path());
    const auto route = m_routes.constFind(key);
    auto queued = m_queued.find(key);
    if (queued != m_queued.end() && !queued->isEmpty()) {
        Queued &next = queued->first();
        if (next.once.after == 0) {
            const Queued taken = queued->takeFirst();
            if (taken.routeAnswers && route != m_routes.constEnd())
                return (*route)(request).heldBack();
            if (taken.once.route == FakeOnce::Runs && route != m_routes.constEnd())
                (*route)(request);
            return taken.answer;
        }
        --next.once.after;
    }
    if (route != m_routes.constEnd())
        return (*route)(request);
    ++m_unscripted;
    return FakeAnswer::error(404, QStringLiteral("not_found"), QStringLiteral("Nothing is scripted for %1.").arg(key));
}

QNetworkReply *FakeNetworkAccess::createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData)
{
    static const QHash<int, QByteArray> methods{{HeadOperation, "HEAD"}, {GetOperation, "GET"}, {PutOperation, "PUT"},
                                                {PostOperation, "POST"}, {DeleteOperation, "DELETE"}};
    FakeRequest received{operation == CustomOperation ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
                                                      : methods.value(operation),
                         request, outgoingData ? outgoingData->readAll() : QByteArray()};
    m_requests.append(received);
    emit requested(received.method, received.path());
    auto *reply = new FakeReply(operation, request, this);
    send(reply, received, answerFor(received));
    return reply;
}

void FakeNetworkAccess::send(FakeReply *reply, const FakeRequest &request, const FakeAnswer &answer)
{
    if (answer.held) {
        m_held.append({reply, request, answer});
    } else if (answer.delay.count() > 0) {
        QTimer::singleShot(answer.delay, reply, [reply, answer] { reply->respond(answer); });
    } else {
        reply->respond(answer);
    }
}

} // namespace confidant::testing
