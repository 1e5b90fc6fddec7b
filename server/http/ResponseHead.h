#pragma once

#include "http/HttpResponse.h"

#include <QByteArray>

namespace confidant::server {

// The bytes of an answer's status line and headers, as every connection writes them: the handler's headers (never
// one that would split the response), the site's security headers, the length or the framing of a streamed body,
// and whether the connection stays open.
class ResponseHead {
public:
    enum class Body { Sized, Chunked, UntilClose };
    static QByteArray serialise(const HttpResponse &response, bool tls, Body body, bool close);

private:
    static QByteArray httpDate();
};

} // namespace confidant::server
