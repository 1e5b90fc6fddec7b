#pragma once

#include "http/HttpRequest.h"
#include "http/ResponseSink.h"
#include "web/SessionManager.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace confidant::server {

// One page request as the customer pages handle it: the request, where to answer, the browser's session, the
// page's language and the form. Copies, not references: a page whose password work runs on a worker thread is
// answered later.
struct PageExchange {
    HttpRequest request;
    ResponseSink sink;
    WebSession session;
    QString language;
    QHash<QString, QString> form;
    std::optional<QSet<qint64>> newAnswers = std::nullopt; // looked up once per page, for the mailbox and the navigation
};

// What a page needs before it runs: nothing, a signed-in customer, or one who accepted the current agreement. Where
// the company requires two-factor sign-in, SignedIn and Agreed also need it set up; Enrolling is signed in without
// (the pages that set it up, and signing out).
enum class PageAccess { Anyone, Enrolling, SignedIn, Agreed };

} // namespace confidant::server
