#include "store/DeletionRecommendations.h"

#include "store/AdvisorScope.h"
#include "store/Database.h"
#include "store/SqlStatement.h"
#include <algorithm>

namespace confidant::server {
DeletionRecommendations::DeletionRecommendations(Database &database) : m_database(database) {}

QString DeletionRecommendations::inquiryJoins()
{
    return QStringLiteral("FROM inquiries i JOIN topics t ON t.id = i.topic_id JOIN customers c ON c.id = i.customer_id "
                          "LEFT JOIN deletion_postponements p ON p.inquiry_id = i.id CROSS JOIN retention_settings rs ");
}

// greatest() skips NULL: without a postponement the deadline is the policy's.
QString DeletionRecommendations::inquiryDeadline()
{
    return QStringLiteral("greatest(i.closed_at + make_interval(days => t.retention_days_after_close), p.until)");
}

QString DeletionRecommendations::inquiryDue()
{
    return QStringLiteral("(i.state = 'closed' AND t.retention_days_after_close IS NOT NULL AND p.legal_hold IS NOT TRUE AND %1 <= :now) ")
        .arg(inquiryDeadline());
}

QString DeletionRecommendations::accountJoins()
{
    return QStringLiteral("FROM customers c CROSS JOIN retention_settings rs ");
}

// Registration counts as the first sign-in: an account nobody ever signed in to is not kept for ever.
QString DeletionRecommendations::accountDeadline()
{
    return QStringLiteral("(coalesce(c.last_sign_in_at, c.created_at) + make_interval(days => rs.inactive_account_days))");
}

QString DeletionRecommendations::accountDue()
{
    return QStringLiteral("(rs.inactive_account_days IS NOT NULL AND %1 <= :now AND NOT EXISTS (SELECT 1 FROM inquiries hi "
                          "JOIN deletion_postponements hp ON hp.inquiry_id = hi.id WHERE hi.customer_id = c.id AND hp.legal_hold)) ")
        .arg(accountDeadline());
}

// coalesce: the scope condition is NULL, not false, for an inquiry nobody owns of a team that is not the reader's.
QString DeletionRecommendations::accountInScope()
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM inquiries i WHERE i.customer_id = c.id AND NOT coalesce(%1, false)) "
                          "AND (:scope_lead OR EXISTS (SELECT 1 FROM inquiries i WHERE i.customer_id = c.id)) ")
        .arg(AdvisorScope::condition());
}

Result<QList<DeletionRecommendation>> DeletionRecommendations::forAdvisor(const AdvisorScope &scope, const QDateTime &now) const
{
    auto inquiries = this->inquiries(scope, now);
    if (!inquiries)
        return inquiries;
    const auto accounts = this->accounts(scope, now);
    if (!accounts)
        return accounts;
    inquiries.value() += accounts.value();
    std::stable_sort(inquiries.value().begin(), inquiries.value().end(),
                     [](const DeletionRecommendation &a, const DeletionRecommendation &b) { return a.deadline < b.deadline; });
    return inquiries;
}

Result<QList<DeletionRecommendation>> DeletionRecommendations::inquiries(const AdvisorScope &scope, const QDateTime &now) const
{
    const QString deadline = inquiryDeadline();
    SqlStatement statement(m_database, QStringLiteral("SELECT i.id, i.customer_id, c.display_name, t.title, t.retention_days_after_close, "
                                                      "i.closed_at, %1, p.until, %1 + make_interval(days => rs.auto_delete_grace_days) ")
                                           .arg(deadline)
                                           + inquiryJoins() + QStringLiteral("WHERE ") + inquiryDue()
                                           + QStringLiteral("AND %1 ORDER BY 7, i.id LIMIT :limit").arg(AdvisorScope::condition()));
    statement.bind(QStringLiteral("now"), now).bind(QStringLiteral("limit"), maxListed);
    scope.bindTo(statement);
    return statement.rows([](const SqlRow &row) {
        DeletionRecommendation r;
        r.policy = DeletionRecommendation::Policy::ClosedInquiry;
        r.inquiryId = row.id(0);
        r.customerId = row.id(1);
        r.customerName = row.text(2);
        r.topicTitle = row.text(3);
        r.periodDays = row.number(4);
        r.periodStart = row.time(5);
        r.deadline = row.time(6);
        r.postponedUntil = row.optionalTime(7);
        r.automaticDeletionAt = row.optionalTime(8);
        return r;
    });
}

Result<QList<DeletionRecommendation>> DeletionRecommendations::accounts(const AdvisorScope &scope, const QDateTime &now) const
{
    const QString deadline = accountDeadline();
    SqlStatement statement(m_database, QStringLiteral("SELECT c.id, c.display_name, rs.inactive_account_days, coalesce(c.last_sign_in_at, c.created_at), "
                                                      "%1, %1 + make_interval(days => rs.auto_delete_grace_days), "
                                                      "(SELECT count(*) FROM inquiries ci WHERE ci.customer_id = c.id) ")
                                           .arg(deadline)
                                           + accountJoins() + QStringLiteral("WHERE ") + accountDue() + QStringLiteral("AND ") + accountInScope()
                                           + QStringLiteral("ORDER BY 5, c.id LIMIT :limit"));
    statement.bind(QStringLiteral("now"), now).bind(QStringLiteral("limit"), maxListed);
    scope.bindTo(statement);
    return statement.rows([](const SqlRow &row) {
        DeletionRecommendation r;
        r.policy = DeletionRecommendation::Policy::InactiveAccount;
        r.customerId = row.id(0);
        r.customerName = row.text(1);
        r.periodDays = row.number(2);
        r.periodStart = row.time(3);
        r.deadline = row.time(4);
        r.automaticDeletionAt = row.optionalTime(5);
        r.inquiryCount = row.number(6);
        return r;
    });
}

} // namespace confidant::server
