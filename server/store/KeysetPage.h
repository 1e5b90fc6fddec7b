#pragma once

#include <QList>
#include <QStringList>
#include <QString>
#include <algorithm>
#include <optional>
#include <utility>

namespace confidant::server {

class SqlStatement;

// Where a row stands in a list ordered by time (audit finding 5 of issue 20): a page starts beside a row's key,
// never at an offset, so the 1,000th page of a mailbox costs what the first does, and a row added meanwhile
// neither repeats nor hides one.
struct PageKey {
    qint64 position = 0; // inquiries: the last activity in microseconds since the epoch, as stored; messages: 0
    qint64 id = 0;       // the tie-breaker, and for messages the key itself (their ids follow the thread's order)
};

// Which page: the newest rows, or those just older or just newer than a key the previous page gave.
struct PageRequest {
    enum class From { Newest, OlderThan, NewerThan };
    From from = From::Newest;
    PageKey key;
    int size = 50;
};

template<typename T>
struct KeysetPage {
    QList<T> rows;                // in the list's own order
    std::optional<PageKey> older; // set when there are older rows: ask for those older than this
    std::optional<PageKey> newer; // set when there are newer rows: ask for those newer than this
};

// The SQL and the assembly keyset paging shares. A list's key is `keyColumns` (e.g. "(i.last_activity_at, i.id)")
// compared to `keyValue` (the same from :position and :id).
class KeysetPaging {
public:
    // " AND <key> < <value> ORDER BY … DESC LIMIT :page_limit" and the like; one row more than the page, to see beyond it.
    static QString clause(const PageRequest &request, const QString &keyColumns, const QString &keyValue, const QStringList &orderColumns);
    static void bind(SqlStatement &statement, const PageRequest &request);
    // The rows as the clause's query returned them, cut to the page and put in the list's order (newest first or not).
    template<typename T>
    static KeysetPage<T> assemble(QList<std::pair<T, PageKey>> rows, const PageRequest &request, bool newestFirst);

private:
    struct Keys {
        std::optional<PageKey> older, newer;
    };
    static Keys keys(qsizetype returned, const PageRequest &request, const PageKey &first, const PageKey &last);
};

template<typename T>
KeysetPage<T> KeysetPaging::assemble(QList<std::pair<T, PageKey>> rows, const PageRequest &request, bool newestFirst)
{
    const qsizetype returned = rows.size();
    if (returned > request.size)
        rows.resize(request.size);
    KeysetPage<T> page;
    const Keys found = rows.isEmpty() ? keys(0, request, {}, {}) : keys(returned, request, rows.constFirst().second, rows.constLast().second);
    page.older = found.older;
    page.newer = found.newer;
    // The query reads away from its key: newest first, unless it reads newer rows.
    const bool readNewestFirst = request.from != PageRequest::From::NewerThan;
    for (auto &row : rows)
        page.rows.append(std::move(row.first));
    if (readNewestFirst != newestFirst)
        std::reverse(page.rows.begin(), page.rows.end());
    return page;
}

} // namespace confidant::server
