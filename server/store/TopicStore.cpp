#include "store/TopicStore.h"

#include "store/Database.h"
#include "store/InquiryRenumbering.h"
#include "store/SqlStatement.h"

namespace confidant::server {
namespace {

ServiceError cannotStore()
{
    return {ServiceError::Invalid, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This topic cannot be stored."))};
}

Topic readTopic(const SqlRow &row)
{
    return Topic{row.id(0), row.text(1), row.text(2)};
}

} // namespace

TopicStore::TopicStore(Database &database) : m_database(database) {}

Result<QList<Topic>> TopicStore::list(const QString &language) const
{
    return SqlStatement(m_database, QStringLiteral("SELECT t.id, t.key, coalesce(tt.title, t.title) AS shown FROM topics t "
                                                   "LEFT JOIN topic_titles tt ON tt.topic_id = t.id AND tt.language = :language ORDER BY shown, t.key"))
        .bind(QStringLiteral("language"), language)
        .rows(readTopic);
}

Result<std::optional<Topic>> TopicStore::findByKey(const QString &key) const
{
    return SqlStatement(m_database, QStringLiteral("SELECT id, key, title FROM topics WHERE key = :key")).bind(QStringLiteral("key"), key).optionalRow(readTopic);
}

// A value the table refuses (a key or title out of bounds) is Invalid, never "unavailable".
Result<Topic> TopicStore::create(const QString &key, const QString &title)
{
    SqlStatement statement(m_database, QStringLiteral("INSERT INTO topics (key, title) VALUES (:key, :title) ON CONFLICT (key) DO NOTHING RETURNING id"));
    statement.bind(QStringLiteral("key"), key).bind(QStringLiteral("title"), title);
    if (!statement.run())
        return cannotStore();
    if (!statement.next())
        return ServiceError{ServiceError::Conflict, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "A topic with this key exists already."))};
    return Topic{statement.row().id(0), key, title};
}

Result<Done> TopicStore::setTitle(qint64 topicId, const QString &language, const QString &title)
{
    if (!SqlStatement(m_database, QStringLiteral("INSERT INTO topic_titles (topic_id, language, title) VALUES (:topic, :language, :title) "
                                                 "ON CONFLICT (topic_id, language) DO UPDATE SET title = excluded.title"))
             .bind(QStringLiteral("topic"), topicId).bind(QStringLiteral("language"), language).bind(QStringLiteral("title"), title)
             .run())
        return cannotStore();
    return Done{};
}

Result<Done> TopicStore::setTeam(qint64 topicId, std::optional<qint64> teamId)
{
    return update(topicId, QStringLiteral("team_id"), teamId ? QVariant(*teamId) : QVariant(QMetaType::fromType<qint64>()));
}

Result<Done> TopicStore::setResponseTarget(qint64 topicId, int minutes)
{
    // Clients compute the due time from the target each inquiry carries, so the topic's open inquiries get new
    // change numbers with it.
    std::optional<ServiceError> refused;
    const auto renumbered = InquiryRenumbering::run(
        m_database, QStringLiteral("i.topic_id = :renumbered_topic AND i.state <> 'closed'"),
        [topicId](SqlStatement &statement) { statement.bind(QStringLiteral("renumbered_topic"), topicId); }, [&] {
            const auto updated = update(topicId, QStringLiteral("response_target_minutes"), minutes);
            if (updated)
                return InquiryRenumbering::Step::Continue;
            refused = updated.error();
            return InquiryRenumbering::Step::Stop;
        });
    if (refused)
        return *refused;
    return renumbered;
}

// Sets one column (one of ours, never a caller's text) to `value`; a refused value (an unknown team, a target out
// of range) is Invalid.
Result<Done> TopicStore::update(qint64 topicId, const QString &column, const QVariant &value)
{
    const auto updated = SqlStatement(m_database, QStringLiteral("UPDATE topics SET %1 = :value WHERE id = :topic").arg(column))
                             .bind(QStringLiteral("value"), value)
                             .bind(QStringLiteral("topic"), topicId)
                             .touchedARow();
    if (!updated)
        return cannotStore();
    if (!updated.value())
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This topic does not exist."))};
    return Done{};
}

} // namespace confidant::server
