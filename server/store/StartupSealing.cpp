#include "store/StartupSealing.h"

#include "store/SqlStatement.h"
#include "store/StoreLog.h"

namespace confidant::server {

bool StartupSealing::run(Database &database, const Pass &pass, QString *error)
{
    const auto remains = workRemains(database, pass);
    if (!remains) {
        *error = QStringLiteral("cannot read the database's columns");
        return false;
    }
    if (!*remains)
        return true;
    if (!database.keyRing()) {
        *error = QStringLiteral("the database holds texts to %1 first, and no key ring is loaded").arg(pass.work);
        return false;
    }
    bool sealed = false;
    database.runAlone(pass.job, true, [&] {
        sealed = sealAll(database, pass, error);
        return sealed;
    });
    if (!sealed && error->isEmpty())
        *error = QStringLiteral("the database failed during the start's work to %1; start again to continue").arg(pass.work);
    return sealed;
}

std::optional<bool> StartupSealing::workRemains(Database &database, const Pass &pass)
{
    const auto remains = SqlStatement(database, QStringLiteral("SELECT count(*) > 0 FROM information_schema.columns WHERE table_schema = "
                                                               "current_schema() AND table_name = :table AND column_name = :column"))
                             .bind(QStringLiteral("table"), pass.table)
                             .bind(QStringLiteral("column"), pass.column)
                             .oneRow([](const SqlRow &row) { return row.flag(0); }, unavailable());
    return remains ? std::optional<bool>(remains.value()) : std::nullopt;
}

bool StartupSealing::sealAll(Database &database, const Pass &pass, QString *error)
{
    // Another instance may have finished while this one waited for the lock.
    const auto remains = workRemains(database, pass);
    if (!remains || !*remains)
        return remains.has_value();
    qint64 total = 0;
    for (;;) {
        const auto sealed = pass.sealBatch(error);
        if (!sealed)
            return false;
        if (*sealed == 0)
            break;
        total += *sealed;
        qCInfo(lcStore).noquote() << "start: did the work to" << pass.work << "for" << total << "inquiries";
    }
    // `finish` is a constant of the pass, never input.
    if (!SqlStatement(database, QStringLiteral("SELECT %1()").arg(pass.finish)).run()) {
        *error = QStringLiteral("cannot finish the work to %1").arg(pass.work);
        return false;
    }
    qCInfo(lcStore).noquote() << "start: finished the work to" << pass.work << "(VACUUM FULL clears the old row versions from disk)";
    return true;
}

} // namespace confidant::server
