#pragma once

#include <QByteArray>
#include <optional>

namespace confidant::server {

// A response body made piece by piece (a customer's export of 50,000 inquiries), so that neither the server nor the
// client holds all of it at once. The connection sends it chunked and asks for the next piece only when what it sent
// before has left its buffer: a slow reader makes the pieces wait, not pile up. Each piece is asked for on the
// router's executor (a database worker), one at a time, so the pieces of many bodies take turns with other requests.
class BodySource {
public:
    virtual ~BodySource() = default;
    // The next piece; an empty one when the body is complete; nullopt when it cannot go on (the database failed). The
    // connection then ends without the last chunk: the client sees an incomplete download, never a short but
    // complete-looking file.
    virtual std::optional<QByteArray> next() = 0;
};

} // namespace confidant::server
