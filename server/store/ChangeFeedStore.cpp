#include "store/ChangeFeedStore.h"

#include "store/AdvisorScope.h"
#include "store/Database.h"
#include "store/InquiryRows.h"
#include "store/SqlStatement.h"

#include <algorithm>

namespace confidant::server {
namespace {

// For an advisor: the rows in their scope, and those that left it since the reader's cursor (AdvisorScope).
QString inScopeOrLeft()
{
    return QStringLiteral("AND (%1 OR %2) ").arg(AdvisorScope::condition(), AdvisorScope::touchedSince());
}

} // namespace

ChangeFeedStore::ChangeFeedStore(Database &database) : m_database(database), m_keys(database) {}

Result<ChangeBatch> ChangeFeedStore::changesSince(qint64 since, int limit) const
{
    return withTombstones(readChanges(since, limit, nullptr));
}

Result<ChangeBatch> ChangeFeedStore::changesSince(const AdvisorScope &scope, qint64 since, int limit) const
{
    return withTombstones(readChanges(since, limit, &scope));
}

// Deleted inquiries (DeletionStore) go to every reader as removed ids, whatever their scope was: only the id,
// and a client that never had it ignores it. Read after the page, in a statement of its own: the cursor lies below
// the horizon, and every tombstone below the horizon is settled, so this later snapshot sees all of (since,
// cursor]. A first sync (since 0) has nothing to drop.
Result<ChangeBatch> ChangeFeedStore::withTombstones(Result<ChangeBatch> batch) const
{
    if (!batch || batch->since == 0 || batch->cursor <= batch->since)
        return batch;
    const auto removed = SqlStatement(m_database, QStringLiteral("SELECT inquiry_id FROM inquiry_tombstones WHERE seq > :since AND seq <= :cursor "
                                                                 "ORDER BY seq, inquiry_id"))
                             .bind(QStringLiteral("since"), batch->since)
                             .bind(QStringLiteral("cursor"), batch->cursor)
                             .rows([](const SqlRow &row) { return row.id(0); });
    if (!removed)
        return removed.error();
    batch.value().removed += removed.value();
    return batch;
}

// One statement, so the horizon and the rows come from one snapshot. Read in a separate statement (READ COMMITTED
// takes a snapshot per statement), the horizon could be newer than the rows: a transaction that committed in
// between would lie below it without being in the rows, and the cursor would pass it for ever.
// The horizon is evaluated once (a one-row CTE); the page is joined to it laterally so that an empty page still
// returns it, in the last two columns.
Result<ChangeBatch> ChangeFeedStore::readChanges(qint64 since, int limit, const AdvisorScope *scope) const
{
    const QString columnsFrom = scope ? InquiryRows::inquiryColumnsWithVisibilityFrom() : InquiryRows::inquiryColumnsFrom();
    SqlStatement statement(m_database,
                           QStringLiteral("WITH horizon AS MATERIALIZED (SELECT h.value, EXISTS (SELECT 1 FROM inquiries WHERE seq >= h.value) "
                                          "AS held FROM (SELECT confidant_change_horizon() AS value) h) "
                                          "SELECT page.*, horizon.value, horizon.held FROM horizon LEFT JOIN LATERAL (")
                               // The page is cut from the inquiries alone, in the order of their index, before anything is
                               // joined: otherwise the planner may join every row after `since` and sort them for each page.
                               + columnsFrom.arg(QStringLiteral("(SELECT * FROM inquiries i WHERE i.seq > :since AND i.seq < horizon.value ")
                                                 + (scope ? inScopeOrLeft() : QString()) + QStringLiteral("ORDER BY i.seq, i.id LIMIT :page)"))
                               + QStringLiteral("ORDER BY i.seq, i.id) page ON true"));
    statement.bind(QStringLiteral("since"), since).bind(QStringLiteral("page"), limit + 1);
    if (scope)
        scope->bindTouchedTo(statement, since);
    if (!statement.run() || !statement.next())
        return unavailable();
    const SqlRow first = statement.row();
    const int horizonColumn = first.columnCount() - 2;
    const qint64 horizon = first.id(horizonColumn);
    const bool heldBack = first.flag(horizonColumn + 1);
    Rows rows;
    if (!first.isNull(0)) {
        do
            rows.append(statement.row(), scope != nullptr, m_keys);
        while (statement.next());
    }
    if (rows.unreadable)
        return unavailable();
    auto batch = pageOfChanges(since, limit, horizon, std::move(rows), scope);
    if (batch)
        batch.value().heldBack = heldBack;
    return batch;
}

void ChangeFeedStore::Rows::append(const SqlRow &row, bool withVisibility, const InquiryKeys &keys)
{
    auto inquiry = InquiryRows::inquiry(row, keys);
    if (!inquiry) {
        unreadable = true;
        return;
    }
    inquiries.append(std::move(*inquiry));
    if (withVisibility && !row.flag(InquiryRows::visibilityColumn))
        hidden.insert(inquiries.last().id);
}

// A page never ends inside one change number: the client's cursor says "everything up to here", so a number is
// handed out whole or not at all.
Result<ChangeBatch> ChangeFeedStore::pageOfChanges(qint64 since, int limit, qint64 horizon, Rows rows, const AdvisorScope *scope) const
{
    ChangeBatch batch{since, since, rows.inquiries.size() > limit, {}, {}};
    if (!batch.hasMore) {
        // Every number below the horizon is settled: an idle reader moves past rolled-back transactions' numbers.
        batch.cursor = std::max(since, horizon - 1);
        return std::move(rows).into(std::move(batch));
    }
    const qint64 split = rows.inquiries.at(limit).seq;
    rows.inquiries.resize(limit);
    while (!rows.inquiries.isEmpty() && rows.inquiries.last().seq == split)
        rows.inquiries.removeLast();
    if (rows.inquiries.isEmpty())
        return wholeChange(since, split, scope);
    batch.cursor = rows.inquiries.last().seq;
    return std::move(rows).into(std::move(batch));
}

// Out of scope rows go out as their ids only.
ChangeBatch ChangeFeedStore::Rows::into(ChangeBatch batch) &&
{
    for (Inquiry &inquiry : inquiries) {
        if (hidden.contains(inquiry.id))
            batch.removed.append(inquiry.id);
        else
            batch.inquiries.append(std::move(inquiry));
    }
    return batch;
}

// More inquiries share one number than fit on a page: that number's rows go out together on a longer page.
// The number lies below the horizon, so its transaction has ended and its rows are settled (a newer change may
// have moved some of them on to a higher number, where the feed brings them later).
Result<ChangeBatch> ChangeFeedStore::wholeChange(qint64 since, qint64 seq, const AdvisorScope *scope) const
{
    const QString select = scope ? InquiryRows::inquiryColumnsWithVisibilityFrom().arg(QStringLiteral("inquiries")) + QStringLiteral("WHERE i.seq = :seq ")
                                       + inScopeOrLeft()
                                 : InquiryRows::selectInquiry() + QStringLiteral("WHERE i.seq = :seq ");
    SqlStatement statement(m_database, select + QStringLiteral("ORDER BY i.id"));
    statement.bind(QStringLiteral("seq"), seq);
    if (scope)
        scope->bindTouchedTo(statement, since);
    if (!statement.run())
        return unavailable();
    Rows rows;
    while (statement.next())
        rows.append(statement.row(), scope != nullptr, m_keys);
    if (rows.unreadable)
        return unavailable();
    return std::move(rows).into(ChangeBatch{since, seq, true, {}, {}});
}

Result<qint64> ChangeFeedStore::changeHorizon() const
{
    return SqlStatement(m_database, QStringLiteral("SELECT confidant_change_horizon()")).oneRow([](const SqlRow &row) { return row.id(0); }, unavailable());
}

qint64 ChangeFeedStore::latestSequence() const
{
    const auto horizon = changeHorizon();
    return horizon ? horizon.value() - 1 : 0;
}

} // namespace confidant::server
