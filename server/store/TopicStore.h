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

    QList<Topic> list() const; // ordered by title
    std::optional<Topic> findByKey(const QString &key) const;
    Result<Topic> create(const QString &key, const QString &title); // Conflict when the key exists

private:
    Database &m_database;
};

} // namespace confidant::server
