#pragma once

#include "http/HttpRequest.h"
#include "http/ResponseSink.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace confidant::server {

using Handler = std::function<void(const HttpRequest &request, const ResponseSink &sink)>;
// Where handlers run: the server passes its database workers; without one they run on the connection's thread.
using RequestExecutor = std::function<void(std::function<void()>)>;

inline constexpr qint64 DefaultMaxBodyBytes = 64 * 1024;

struct Route {
    QByteArray method;
    QString pattern;      // "/inquiries/{id}/messages"; a placeholder matches one non-empty path segment
    qint64 maxBodyBytes = DefaultMaxBodyBytes;
    Handler handler;
};

// Maps method + path to a handler. Knows nothing of sockets, so it is tested on its own.
class Router {
public:
    void add(const QByteArray &method, const QString &pattern, Handler handler,
             qint64 maxBodyBytes = DefaultMaxBodyBytes);

    struct Match {
        const Route *route = nullptr;            // set when method and path match
        QHash<QString, QString> pathParameters;
        QList<QByteArray> allowedMethods;        // non-empty when the path exists but not for this method (405)
    };
    Match match(const QByteArray &method, const QString &path) const;

    void setExecutor(RequestExecutor executor) { m_executor = std::move(executor); }
    const RequestExecutor &executor() const { return m_executor; }

private:
    QList<Route> m_routes;
    RequestExecutor m_executor;
};

} // namespace confidant::server
