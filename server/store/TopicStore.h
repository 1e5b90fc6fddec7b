#pragma once

#include "domain/Topic.h"
#include "store/StoreError.h"

#include <QList>
#include <optional>

namespace confidant::server {

class Database;

class TopicStore {
public:
    explicit TopicStore(Database &database);

    // Ordered by the title shown: the one in `language` ("de") where there is one, else the default title.
    // Failures are Unavailable: a database that cannot be asked must not look like one without topics.
    Result<QList<Topic>> list(const QString &language = QString()) const;
    Result<std::optional<Topic>> findByKey(const QString &key) const;
    Result<Topic> create(const QString &key, const QString &title); // Conflict when the key exists
    // Adds or replaces the title in one language; the default title (create) is what every other language shows.
    Result<Done> setTitle(qint64 topicId, const QString &language, const QString &title);
    // Routes the topic's new inquiries to the team (none: the queue shared by all); inquiries already written stay.
    Result<Done> setTeam(qint64 topicId, std::optional<qint64> teamId);
    // The response target in working minutes (1 to 60,000).
    Result<Done> setResponseTarget(qint64 topicId, int minutes);

private:
    Result<Done> update(qint64 topicId, const QString &column, const QVariant &value);

    Database &m_database;
};

} // namespace confidant::server
