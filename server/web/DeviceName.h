#pragma once

#include <QByteArrayView>
#include <QString>

namespace confidant::server {

// A short, language-neutral name of the device a session signed in from ("Firefox · Windows"), from the browser's
// User-Agent, so the account page lets a customer tell their sessions apart. Only the names of well-known browsers
// and systems ever come out: the header is the visitor's text and is never stored as sent.
class DeviceName {
public:
    static QString fromUserAgent(QByteArrayView userAgent);

private:
    static QString browser(QByteArrayView userAgent);
    static QString system(QByteArrayView userAgent);
};

} // namespace confidant::server
