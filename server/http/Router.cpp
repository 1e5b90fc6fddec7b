#include "http/Router.h"

namespace confidant::server {
namespace {

// Matches one pattern against the path's segments; fills placeholders.
bool matchPattern(const QString &pattern, const QStringList &segments, QHash<QString, QString> *parameters)
{
    const QStringList parts = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != segments.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}')))
            found.insert(part.mid(1, part.size() - 2), segments.at(i));
        else if (part != segments.at(i))
            return false;
    }
    *parameters = found;
    return true;
}

} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, qint64 maxBodyBytes)
{
    m_routes.append(Route{method, pattern, maxBodyBytes, std::move(handler)});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // HEAD is GET without the body.
    const QByteArray effective = method == "HEAD" ? QByteArray("GET") : method;
    for (const Route &route : m_routes) {
        QHash<QString, QString> parameters;
        if (!matchPattern(route.pattern, segments, &parameters))
            continue;
        if (route.method == effective) {
            result.route = &route;
            result.pathParameters = parameters;
            result.allowedMethods.clear();
            return result;
        }
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

} // namespace confidant::server
