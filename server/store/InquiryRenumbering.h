#pragma once

#include "store/StoreError.h"

#include <QString>
#include <functional>

namespace confidant::server {

class Database;
class SqlStatement;

// A change that is not a move of one inquiry but still changes what advisors' clients must show for many of them
// (a customer's fixed advisor, a topic's response target): the inquiries it concerns get the writing transaction's
// change number, so every client following the feed fetches them again.
//
// Like every writer of change numbers (InquiryOwnership::writeMove), it locks the rows first and starts again in a
// new transaction when a concurrent writer has already given one of them a higher number, so an inquiry's number
// only grows.
class InquiryRenumbering {
public:
    enum class Step { Continue, Stop, Failed };

    // `where` is a condition on `i` (inquiries) naming values that `bind` binds. `change` runs first in the same
    // transaction, after the rows are locked: Continue writes and renumbers, Stop commits nothing and answers
    // `stopped`, Failed answers unavailable().
    using Bind = std::function<void(SqlStatement &)>;
    static Result<Done> run(Database &database, const QString &where, const Bind &bind, const std::function<Step()> &change,
                            const ServiceError &stopped = {});
};

} // namespace confidant::server
