#include "store/InquiryRenumbering.h"

#include "store/Database.h"
#include "store/SqlStatement.h"

namespace confidant::server {
namespace {

enum class Outcome { Written, Stopped, Overtaken, Failed };

// One statement: the number (above every concerned row's), the rows, the NOTIFY; no row when overtaken.
bool renumber(Database &database, const QString &where, const InquiryRenumbering::Bind &bind, bool *overtaken)
{
    SqlStatement statement(database, QStringLiteral(
        "WITH number AS (SELECT n AS seq FROM (SELECT confidant_change_number() AS n) own "
        "  WHERE n > (SELECT coalesce(max(i.seq), 0) FROM inquiries i WHERE %1)), "
        "updated AS (UPDATE inquiries i SET seq = number.seq FROM number WHERE %1 RETURNING 1) "
        "SELECT pg_notify('confidant_changes', number.seq::text), (SELECT count(*) FROM updated) FROM number").arg(where));
    bind(statement);
    const auto written = statement.touchedARow();
    *overtaken = written && !written.value();
    return written && written.value();
}

Outcome attempt(Database &database, const QString &where, const InquiryRenumbering::Bind &bind,
                const std::function<InquiryRenumbering::Step()> &change)
{
    Outcome outcome = Outcome::Failed;
    const bool committed = database.inTransaction([&] {
        SqlStatement lock(database, QStringLiteral("SELECT 1 FROM inquiries i WHERE %1 ORDER BY i.id FOR UPDATE").arg(where));
        bind(lock);
        if (!lock.run())
            return false;
        const InquiryRenumbering::Step step = change();
        if (step != InquiryRenumbering::Step::Continue) {
            outcome = step == InquiryRenumbering::Step::Stop ? Outcome::Stopped : Outcome::Failed;
            return false;
        }
        bool overtaken = false;
        const bool written = renumber(database, where, bind, &overtaken);
        if (overtaken)
            outcome = Outcome::Overtaken;
        return written;
    });
    return committed ? Outcome::Written : outcome;
}

} // namespace

Result<Done> InquiryRenumbering::run(Database &database, const QString &where, const Bind &bind, const std::function<Step()> &change,
                                     const ServiceError &stopped)
{
    Outcome outcome = Outcome::Overtaken;
    for (int round = 0; round < 5 && outcome == Outcome::Overtaken; ++round)
        outcome = attempt(database, where, bind, change);
    if (outcome == Outcome::Written)
        return Done{};
    return outcome == Outcome::Stopped ? stopped : unavailable();
}

} // namespace confidant::server
