#include "http/Router.h"

namespace confidant::server {
namespace {

// Matches one pattern against the path's segments; fills placeholders. Returns how many segments matched
// literally (the more, the more specific the route), or -1 when the pattern does not match.
int matchPattern(const QString &pattern, const QStringList &segments, QHash<QString, QString> *parameters)
{
    const QStringList parts = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != segments.size())
        return -1;
    QHash<QString, QString> found;
    int literal = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}')))
            found.insert(part.mid(1, part.size() - 2), segments.at(i));
        else if (part == segments.at(i))
            ++literal;
        else
            return -1;
    }
    *parameters = found;
    return literal;
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
    // The most specific route wins whatever the order they were added in: /inquiries/new before /inquiries/{id}.
    int best = -1;
    for (const Route &route : m_routes) {
        QHash<QString, QString> parameters;
        const int literal = matchPattern(route.pattern, segments, &parameters);
        if (literal < 0)
            continue;
        if (route.method != effective) {
            if (!result.allowedMethods.contains(route.method))
                result.allowedMethods.append(route.method);
            continue;
        }
        if (literal > best) {
            best = literal;
            result.route = &route;
            result.pathParameters = parameters;
        }
    }
    if (result.route)
        result.allowedMethods.clear();
    return result;
}

} // namespace confidant::server
