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
    QString kind;          // "answer_waiting", "daily_digest", "verify_address", "reset_password", "registration_attempt"
    int attempts = 0;      // before this one
    QString recipient;     // the customer's address
    QString language;      // "de" or "en"
    QByteArray linkToken;  // a link's token, made for this mail and held only in memory (its hash is stored)
};

// The mail outbox (migration 0017): rows are written by the database itself in the transaction that makes them
// due (a trigger on advisors' replies), claimed here one at a time across server instances (SKIP LOCKED), and go
// once the relay has taken them. See the table's comment for the states.
class MailOutboxStore {
public:
    explicit MailOutboxStore(Database &database);

    // The next due mail, now claimed by this sender; also one whose claim is older than `staleClaim` (its sender
    // stopped before the message's end, so sending it again is safe). nullopt: nothing is due. A link's mail gets a
    // new token each time it is claimed: a token that never reached anyone must not stay valid, and none is stored.
    // A link that expired before its mail went is dropped with it.
    Result<std::optional<OutboxMail>> claimNext(const QDateTime &now, std::chrono::seconds staleClaim);
    // A mail that needs nothing but its customer ("registration_attempt"), due now.
    Result<Done> queue(qint64 customerId, const QString &kind, const QDateTime &now);
    // One digest for each customer who chose a daily one, has been told of nothing for a day, and has answers not
    // told of yet. Returns how many were queued.
    Result<int> queueDigests(const QDateTime &now);
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
    Result<std::optional<OutboxMail>> claimOne(const QDateTime &now, std::chrono::seconds staleClaim, std::optional<qint64> *linkId);
    Result<bool> issueToken(qint64 linkId, const QDateTime &now, OutboxMail *mail);

    Database &m_database;
};

} // namespace confidant::server
