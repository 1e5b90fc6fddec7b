#include "store/TopicStore.h"

#include "store/Database.h"
#include "store/InquiryRenumbering.h"
#include "store/StoreLog.h"

#include <QSqlQuery>

namespace confidant::server {

TopicStore::TopicStore(Database &database) : m_database(database) {}

Result<QList<Topic>> TopicStore::list(const QString &language) const
{
    QSqlQuery query(m_database.connection());
    QList<Topic> topics;
    if (!runQuery(query, QStringLiteral("SELECT t.id, t.key, coalesce(tt.title, t.title) AS shown FROM topics t "
                                        "LEFT JOIN topic_titles tt ON tt.topic_id = t.id AND tt.language = ? ORDER BY shown, t.key"),
                  {language}))
        return unavailable();
    while (query.next())
        topics.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return topics;
}

Result<std::optional<Topic>> TopicStore::findByKey(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT id, key, title FROM topics WHERE key = ?"), {key}))
        return unavailable();
    if (!query.next())
        return std::optional<Topic>();
    return std::optional<Topic>(Topic{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
}

Result<Topic> TopicStore::create(const QString &key, const QString &title)
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("INSERT INTO topics (key, title) VALUES (?, ?) ON CONFLICT (key) DO NOTHING RETURNING id"),
                  {key, title}))
        return ServiceError{ServiceError::Invalid, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This topic cannot be stored."))};
    if (!query.next())
        return ServiceError{ServiceError::Conflict, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "A topic with this key exists already."))};
    return Topic{query.value(0).toLongLong(), key, title};
}

Result<Done> TopicStore::setTitle(qint64 topicId, const QString &language, const QString &title)
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("INSERT INTO topic_titles (topic_id, language, title) VALUES (?, ?, ?) "
                                        "ON CONFLICT (topic_id, language) DO UPDATE SET title = excluded.title"),
                  {topicId, language, title}))
        return ServiceError{ServiceError::Invalid, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This topic cannot be stored."))};
    return Done{};
}

Result<Done> TopicStore::setTeam(qint64 topicId, std::optional<qint64> teamId)
{
    return update(topicId, QStringLiteral("team_id = ?"), teamId ? QVariant(*teamId) : QVariant(QMetaType::fromType<qint64>()));
}

Result<Done> TopicStore::setResponseTarget(qint64 topicId, int minutes)
{
    // Clients compute the due time from the target each inquiry carries, so the topic's open inquiries get new
    // change numbers with it.
    std::optional<ServiceError> refused;
    const auto renumbered = InquiryRenumbering::run(m_database, QStringLiteral("i.topic_id = ? AND i.state <> 'closed'"), {topicId}, [&] {
        const auto updated = update(topicId, QStringLiteral("response_target_minutes = ?"), minutes);
        if (updated)
            return InquiryRenumbering::Step::Continue;
        refused = updated.error();
        return InquiryRenumbering::Step::Stop;
    });
    if (refused)
        return *refused;
    return renumbered;
}

// `assignment` sets one column to `value`; a refused value (an unknown team, a target out of range) is Invalid.
Result<Done> TopicStore::update(qint64 topicId, const QString &assignment, const QVariant &value)
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("UPDATE topics SET %1 WHERE id = ?").arg(assignment), {value, topicId}))
        return ServiceError{ServiceError::Invalid, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This topic cannot be stored."))};
    if (query.numRowsAffected() == 0)
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This topic does not exist."))};
    return Done{};
}

} // namespace confidant::server
