#include "store/InquiryRenumbering.h"

#include "store/Database.h"
#include "store/StoreLog.h"

#include <QSqlQuery>

namespace confidant::server {
namespace {

enum class Outcome { Written, Stopped, Overtaken, Failed };

// One statement: the number (above every concerned row's), the rows, the NOTIFY; no row when overtaken.
bool renumber(Database &database, const QString &where, const QVariantList &values, bool *overtaken)
{
    QSqlQuery query(database.connection());
    if (!runQuery(query, QStringLiteral(
            "WITH number AS (SELECT n AS seq FROM (SELECT confidant_change_number() AS n) own "
            "  WHERE n > (SELECT coalesce(max(i.seq), 0) FROM inquiries i WHERE %1)), "
            "updated AS (UPDATE inquiries i SET seq = number.seq FROM number WHERE %1 RETURNING 1) "
            "SELECT pg_notify('confidant_changes', number.seq::text), (SELECT count(*) FROM updated) FROM number").arg(where),
                  values + values))
        return false;
    *overtaken = !query.next();
    return !*overtaken;
}

Outcome attempt(Database &database, const QString &where, const QVariantList &values, const std::function<InquiryRenumbering::Step()> &change)
{
    Outcome outcome = Outcome::Failed;
    const bool committed = database.inTransaction([&] {
        QSqlQuery lock(database.connection());
        if (!runQuery(lock, QStringLiteral("SELECT 1 FROM inquiries i WHERE %1 ORDER BY i.id FOR UPDATE").arg(where), values))
            return false;
        const InquiryRenumbering::Step step = change();
        if (step != InquiryRenumbering::Step::Continue) {
            outcome = step == InquiryRenumbering::Step::Stop ? Outcome::Stopped : Outcome::Failed;
            return false;
        }
        bool overtaken = false;
        const bool written = renumber(database, where, values, &overtaken);
        if (overtaken)
            outcome = Outcome::Overtaken;
        return written;
    });
    return committed ? Outcome::Written : outcome;
}

} // namespace

Result<Done> InquiryRenumbering::run(Database &database, const QString &where, const QVariantList &values,
                                     const std::function<Step()> &change, const ServiceError &stopped)
{
    Outcome outcome = Outcome::Overtaken;
    for (int round = 0; round < 5 && outcome == Outcome::Overtaken; ++round)
        outcome = attempt(database, where, values, change);
    if (outcome == Outcome::Written)
        return Done{};
    return outcome == Outcome::Stopped ? stopped : unavailable();
}

} // namespace confidant::server
