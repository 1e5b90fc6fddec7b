#include "admin/RetentionCommands.h"

#include "admin/AdminSession.h"
#include "admin/CommandArguments.h"
#include "store/RetentionPolicyStore.h"

#include <QTextStream>

namespace confidant::server {
namespace {

// "--OPTION N" or "--OFF-FLAG", exactly one of them: a number of days from minimum to maximum, or none (keep / off).
// nullopt when the arguments are wrong.
std::optional<std::optional<int>> daysOrOff(const CommandArguments &arguments, const QString &option, const QString &offFlag, int minimum,
                                           int maximum)
{
    const bool off = arguments.isSet(offFlag);
    const QStringList given = arguments.values(option);
    if (off == (given.size() == 1) || given.size() > 1)
        return std::nullopt;
    if (off)
        return std::optional<int>();
    bool ok = false;
    const int days = given.first().toInt(&ok);
    if (!ok || days < minimum || days > maximum)
        return std::nullopt;
    return std::optional<int>(days);
}

QString daysText(std::optional<int> days, const char *none)
{
    return days ? QStringLiteral("%1 days").arg(*days) : QString::fromLatin1(none);
}

} // namespace

RetentionCommands::RetentionCommands(AdminSession &session) : m_session(session) {}

int RetentionCommands::setRetention(const CommandArguments &arguments)
{
    const auto days = daysOrOff(arguments, QStringLiteral("days"), QStringLiteral("keep"), 1, RetentionPolicyStore::maxRetentionDays);
    if (arguments.positional().size() != 1 || !days)
        return m_session.usage(QStringLiteral("set-retention takes TOPIC and either --days N (1 to %1) or --keep").arg(RetentionPolicyStore::maxRetentionDays));
    if (!m_session.openDatabase())
        return 1;
    const QString key = arguments.positional().first();
    if (const auto set = RetentionPolicyStore(m_session.database()).setTopicRetention(key, *days); !set)
        return m_session.fail(set.error().kind == ServiceError::NotFound ? QStringLiteral("there is no topic \"%1\"").arg(key) : set.error().message);
    m_session.out() << "closed inquiries of topic " << key << " are kept " << daysText(*days, "until someone deletes them") << Qt::endl;
    return 0;
}

int RetentionCommands::setAccountRetention(const CommandArguments &arguments)
{
    const auto days = daysOrOff(arguments, QStringLiteral("days"), QStringLiteral("keep"), 1, RetentionPolicyStore::maxRetentionDays);
    if (!arguments.positional().isEmpty() || !days)
        return m_session.usage(QStringLiteral("set-account-retention takes either --days N (1 to %1) or --keep").arg(RetentionPolicyStore::maxRetentionDays));
    if (!m_session.openDatabase())
        return 1;
    if (const auto set = RetentionPolicyStore(m_session.database()).setInactiveAccountDays(*days); !set)
        return m_session.fail(set.error().message);
    m_session.out() << "accounts are kept " << daysText(*days, "until someone deletes them") << " after their customer last signed in" << Qt::endl;
    return 0;
}

int RetentionCommands::setAutoDelete(const CommandArguments &arguments)
{
    const auto days = daysOrOff(arguments, QStringLiteral("grace-days"), QStringLiteral("off"), 0, RetentionPolicyStore::maxGraceDays);
    if (!arguments.positional().isEmpty() || !days)
        return m_session.usage(QStringLiteral("set-auto-delete takes either --grace-days N (0 to %1) or --off").arg(RetentionPolicyStore::maxGraceDays));
    if (!m_session.openDatabase())
        return 1;
    if (const auto set = RetentionPolicyStore(m_session.database()).setAutoDeleteGraceDays(*days); !set)
        return m_session.fail(set.error().message);
    if (*days)
        m_session.out() << "what is due is deleted automatically " << **days << " days after its deadline" << Qt::endl;
    else
        m_session.out() << "automatic deletion is off: advisors confirm every deletion" << Qt::endl;
    return 0;
}

} // namespace confidant::server
