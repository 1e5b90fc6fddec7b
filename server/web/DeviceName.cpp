#include "web/DeviceName.h"

#include <utility>

namespace confidant::server {
namespace {

// First match wins: Edge and Opera name Chrome too, Chrome names Safari, Android names Linux.
const std::pair<const char *, const char *> browsers[] = {
    {"Edg/", "Edge"}, {"OPR/", "Opera"}, {"Firefox/", "Firefox"}, {"Chromium/", "Chromium"}, {"Chrome/", "Chrome"}, {"Safari/", "Safari"},
};
const std::pair<const char *, const char *> systems[] = {
    {"Windows", "Windows"}, {"Android", "Android"}, {"iPhone", "iOS"}, {"iPad", "iPadOS"}, {"Mac OS X", "macOS"},
    {"CrOS", "ChromeOS"},   {"Linux", "Linux"},
};

template<std::size_t N>
QString firstFound(QByteArrayView userAgent, const std::pair<const char *, const char *> (&names)[N])
{
    for (const auto &[marker, name] : names) {
        if (userAgent.contains(QByteArrayView(marker)))
            return QString::fromLatin1(name);
    }
    return {};
}

} // namespace

QString DeviceName::browser(QByteArrayView userAgent)
{
    return firstFound(userAgent, browsers);
}

QString DeviceName::system(QByteArrayView userAgent)
{
    return firstFound(userAgent, systems);
}

QString DeviceName::fromUserAgent(QByteArrayView userAgent)
{
    const QString found = browser(userAgent);
    const QString on = system(userAgent);
    if (found.isEmpty() || on.isEmpty())
        return found + on;
    return found + QStringLiteral(" · ") + on;
}

} // namespace confidant::server
