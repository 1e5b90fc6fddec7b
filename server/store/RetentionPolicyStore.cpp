#include "store/RetentionPolicyStore.h"

#include "store/Database.h"
#include "store/SqlStatement.h"

namespace confidant::server {
namespace {

QVariant daysValue(std::optional<int> days)
{
    return days ? QVariant(*days) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> optionalDays(const SqlRow &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<int>(row.number(column));
}

} // namespace

RetentionPolicyStore::RetentionPolicyStore(Database &database) : m_database(database) {}

Result<Done> RetentionPolicyStore::setTopicRetention(const QString &topicKey, std::optional<int> daysAfterClose)
{
    const auto updated = SqlStatement(m_database, QStringLiteral("UPDATE topics SET retention_days_after_close = :days WHERE key = :topic"))
                             .bind(QStringLiteral("days"), daysValue(daysAfterClose))
                             .bind(QStringLiteral("topic"), topicKey)
                             .touchedARow();
    if (!updated)
        return updated.error();
    if (!updated.value())
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
    if (!SqlStatement(m_database, QStringLiteral("UPDATE retention_settings SET %1 = :days").arg(column)).bind(QStringLiteral("days"), daysValue(days)).run())
        return unavailable();
    return Done{};
}

Result<RetentionPolicy> RetentionPolicyStore::policy(const QString &language) const
{
    auto policy = SqlStatement(m_database, QStringLiteral("SELECT inactive_account_days, auto_delete_grace_days FROM retention_settings"))
                      .oneRow([](const SqlRow &row) { return RetentionPolicy{{}, optionalDays(row, 0), optionalDays(row, 1)}; }, unavailable());
    const auto topics = SqlStatement(m_database, QStringLiteral("SELECT t.id, t.key, coalesce(tt.title, t.title) AS shown, "
                                                                "t.retention_days_after_close FROM topics t LEFT JOIN topic_titles tt "
                                                                "ON tt.topic_id = t.id AND tt.language = :language ORDER BY shown, t.key"))
                            .bind(QStringLiteral("language"), language)
                            .rows([](const SqlRow &row) {
                                return RetentionPolicy::TopicPeriod{row.id(0), row.text(1), row.text(2), optionalDays(row, 3)};
                            });
    if (!policy || !topics)
        return unavailable();
    policy.value().topics = topics.value();
    return policy;
}

} // namespace confidant::server
