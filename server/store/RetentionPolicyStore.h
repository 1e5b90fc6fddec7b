#pragma once

#include "domain/RetentionPolicy.h"
#include "store/StoreError.h"

#include <optional>

namespace confidant::server {

class Database;

// The retention policy as the administrator sets it: per topic, how many days a closed inquiry is kept; how many
// days an account is kept after its customer last signed in; whether, and after how many days of grace, what is
// due is deleted without an advisor. A missing number means "keep" (or "off"). The customer's privacy page states
// these, so they are read from here and never written into a text.
class RetentionPolicyStore {
public:
    explicit RetentionPolicyStore(Database &database);

    // NotFound when there is no topic with that key.
    Result<Done> setTopicRetention(const QString &topicKey, std::optional<int> daysAfterClose);
    Result<Done> setInactiveAccountDays(std::optional<int> days);
    Result<Done> setAutoDeleteGraceDays(std::optional<int> days);
    // Topic titles in `language` where a topic has one; ordered by that title.
    Result<RetentionPolicy> policy(const QString &language = QString()) const;

    static constexpr int maxRetentionDays = 36500;
    static constexpr int maxGraceDays = 3650;

private:
    Result<Done> setSetting(const QString &column, std::optional<int> days);

    Database &m_database;
};

} // namespace confidant::server
