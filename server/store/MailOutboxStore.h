#pragma once

#include "store/StoreError.h"

#include <QDateTime>
#include <QString>
#include <chrono>
#include <optional>

namespace confidant::server {

class Database;

// One mail of the outbox, claimed for sending, with what writing it needs (read at claim time: a customer deleted
// meanwhile has no row left to claim).
struct OutboxMail {
    qint64 id = 0;
    QString kind;          // "answer_waiting"
    int attempts = 0;      // before this one
    QString recipient;     // the customer's address
    QString language;      // "de" or "en"
};

// The mail outbox (migration 0017): rows are written by the database itself in the transaction that makes them
// due (a trigger on advisors' replies), claimed here one at a time across server instances (SKIP LOCKED), and go
// once the relay has taken them. See the table's comment for the states.
class MailOutboxStore {
public:
    explicit MailOutboxStore(Database &database);

    // The next due mail, now claimed by this sender; also one whose claim is older than `staleClaim` (its sender
    // stopped before the message's end, so sending it again is safe). nullopt: nothing is due.
    Result<std::optional<OutboxMail>> claimNext(const QDateTime &now, std::chrono::seconds staleClaim);
    // The message's end is about to go out: from here on the mail is never sent again.
    Result<Done> markCommitting(qint64 id);
    Result<Done> remove(qint64 id);
    // Back to pending, to be tried at `next`.
    Result<Done> retryAt(qint64 id, const QDateTime &next);
    // Mails whose end went out and whose sender stopped before it heard the relay's answer: they may have arrived,
    // so they are dropped rather than sent twice. Returns how many.
    Result<int> dropInterrupted(const QDateTime &now, std::chrono::seconds staleClaim);
    // Mails not yet sent (for the operations page and the tests).
    Result<int> waiting() const;

private:
    Database &m_database;
};

} // namespace confidant::server
