#include "store/RetentionPolicyStore.h"

#include "store/Database.h"
#include "store/StoreLog.h"

#include <QSqlQuery>

namespace confidant::server {
namespace {

QVariant daysValue(std::optional<int> days)
{
    return days ? QVariant(*days) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> optionalDays(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

} // namespace

RetentionPolicyStore::RetentionPolicyStore(Database &database) : m_database(database) {}

Result<Done> RetentionPolicyStore::setTopicRetention(const QString &topicKey, std::optional<int> daysAfterClose)
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("UPDATE topics SET retention_days_after_close = ? WHERE key = ?"), {daysValue(daysAfterClose), topicKey}))
        return unavailable();
    if (query.numRowsAffected() == 0)
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This topic does not exist."))};
    return Done{};
}

Result<Done> RetentionPolicyStore::setInactiveAccountDays(std::optional<int> days)
{
    return setSetting(QStringLiteral("inactive_account_days"), days);
}

Result<Done> RetentionPolicyStore::setAutoDeleteGraceDays(std::optional<int> days)
{
    return setSetting(QStringLiteral("auto_delete_grace_days"), days);
}

// `column` is one of the two names above, never input.
Result<Done> RetentionPolicyStore::setSetting(const QString &column, std::optional<int> days)
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("UPDATE retention_settings SET %1 = ?").arg(column), {daysValue(days)}))
        return unavailable();
    return Done{};
}

Result<RetentionPolicy> RetentionPolicyStore::policy(const QString &language) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT inactive_account_days, auto_delete_grace_days FROM retention_settings"))
        || !query.next())
        return unavailable();
    RetentionPolicy policy;
    policy.inactiveAccountDays = optionalDays(query.value(0));
    policy.autoDeleteGraceDays = optionalDays(query.value(1));
    if (!runQuery(query, QStringLiteral("SELECT t.id, t.key, coalesce(tt.title, t.title) AS shown, t.retention_days_after_close FROM topics t "
                                        "LEFT JOIN topic_titles tt ON tt.topic_id = t.id AND tt.language = ? ORDER BY shown, t.key"),
                  {language}))
        return unavailable();
    while (query.next())
        policy.topics.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), optionalDays(query.value(3))});
    return policy;
}

} // namespace confidant::server
