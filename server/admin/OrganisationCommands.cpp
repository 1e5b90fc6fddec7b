#include "admin/OrganisationCommands.h"

#include "admin/AdminSession.h"
#include "admin/CommandArguments.h"
#include "store/AbsenceStore.h"
#include "store/AdvisorStore.h"
#include "store/CustomerStore.h"
#include "store/TopicStore.h"
#include "validation/Validation.h"
#include "wire/WireTime.h"

#include <QTextStream>

namespace confidant::server {

OrganisationCommands::OrganisationCommands(AdminSession &session) : m_session(session) {}

int OrganisationCommands::createTeam(const CommandArguments &arguments)
{
    if (arguments.positional().size() != 1 || !validation::checkDisplayName(arguments.positional().first()).isEmpty())
        return m_session.usage(QStringLiteral("create-team takes one team name"));
    if (!m_session.openDatabase())
        return 1;
    const auto team = AdvisorStore(m_session.database()).createTeam(arguments.positional().first().trimmed());
    if (!team)
        return m_session.fail(team.error().message);
    m_session.out() << "team created: " << team->name << Qt::endl;
    return 0;
}

int OrganisationCommands::createAdvisor(const CommandArguments &arguments)
{
    const QString login = arguments.positional().value(0);
    const QString name = arguments.value(QStringLiteral("name"));
    const QString teamName = arguments.value(QStringLiteral("team"));
    if (arguments.positional().size() != 1 || !validation::checkLogin(login).isEmpty() || !validation::checkDisplayName(name).isEmpty() || teamName.isEmpty())
        return m_session.usage(QStringLiteral("create-advisor takes LOGIN --name \"Display Name\" --team TEAM [--lead]; a login has 2-64 of a-z 0-9 . _ -"));
    if (!m_session.openDatabase())
        return 1;
    AdvisorStore advisors(m_session.database());
    const auto team = advisors.findTeam(teamName);
    if (!team)
        return m_session.fail(QStringLiteral("there is no team \"%1\" (create it with create-team)").arg(teamName));
    const auto advisor = advisors.createAdvisor(login, name.trimmed(), team->id, arguments.isSet(QStringLiteral("lead")));
    if (!advisor)
        return m_session.fail(advisor.error().message);
    m_session.out() << "advisor created: " << advisor->login << Qt::endl;
    return 0;
}

int OrganisationCommands::setAdvisorTeam(const CommandArguments &arguments)
{
    const QString login = arguments.positional().value(0);
    const QString teamName = arguments.value(QStringLiteral("team"));
    const bool lead = arguments.isSet(QStringLiteral("lead"));
    const bool noLead = arguments.isSet(QStringLiteral("no-lead"));
    if (arguments.positional().size() != 1 || teamName.isEmpty() || (lead && noLead))
        return m_session.usage(QStringLiteral("set-advisor-team takes LOGIN --team TEAM and optionally --lead or --no-lead"));
    if (!m_session.openDatabase())
        return 1;
    AdvisorStore advisors(m_session.database());
    const auto advisor = advisors.findByLogin(login);
    if (!advisor)
        return m_session.fail(QStringLiteral("there is no advisor \"%1\"").arg(login));
    const auto team = advisors.findTeam(teamName);
    if (!team)
        return m_session.fail(QStringLiteral("there is no team \"%1\"").arg(teamName));
    const auto set = advisors.setTeam(advisor->id, team->id, lead || noLead ? std::optional<bool>(lead) : std::nullopt);
    if (!set)
        return m_session.fail(set.error().message);
    const bool leads = (lead || noLead) ? lead : advisor->teamLead;
    m_session.out() << login << " is now in " << team->name << (leads ? " as its lead" : "") << Qt::endl;
    return 0;
}

// The administrator sets or clears an advisor's absence, as they or their lead would through the client.
int OrganisationCommands::setAbsence(const CommandArguments &arguments)
{
    const bool clear = arguments.isSet(QStringLiteral("clear"));
    const auto from = wire::timeWithOffsetFromText(arguments.value(QStringLiteral("from")));
    const auto to = wire::timeWithOffsetFromText(arguments.value(QStringLiteral("to")));
    const bool hasTimes = arguments.isSet(QStringLiteral("from")) || arguments.isSet(QStringLiteral("to"));
    if (arguments.positional().size() != 1 || clear == hasTimes || (!clear && (!from || !to)))
        return m_session.usage(QStringLiteral("set-absence takes LOGIN and either --from TIME --to TIME (ISO 8601 with offset, "
                                              "e.g. 2026-08-03T08:00:00+02:00) or --clear"));
    const QDateTime now = m_session.now();
    if (!clear) {
        if (const FieldErrors errors = validation::checkAbsence(*from, *to, now); !errors.isEmpty())
            return m_session.usage(errors.first().message);
    }
    if (!m_session.openDatabase())
        return 1;
    const auto advisor = AdvisorStore(m_session.database()).findByLogin(arguments.positional().first());
    if (!advisor)
        return m_session.fail(QStringLiteral("there is no advisor \"%1\"").arg(arguments.positional().first()));
    AbsenceStore absences(m_session.database());
    if (clear) {
        if (const auto ended = absences.end(advisor->id, now); !ended)
            return m_session.fail(ended.error().message);
    } else if (const auto set = absences.set(std::nullopt, advisor->id, *from, *to, now); !set) {
        return m_session.fail(set.error().message);
    }
    // A running server's sweep returns the held inquiries within a minute; doing it here makes it at once.
    absences.returnHeldInquiries(now);
    m_session.out() << (clear ? QStringLiteral("absence cleared") : QStringLiteral("absence set")) << Qt::endl;
    return 0;
}

int OrganisationCommands::createTopic(const CommandArguments &arguments)
{
    const QString key = arguments.positional().value(0);
    const QString title = arguments.value(QStringLiteral("title"));
    const bool hasGerman = arguments.isSet(QStringLiteral("title-de"));
    const QString germanTitle = arguments.value(QStringLiteral("title-de"));
    if (arguments.positional().size() != 1 || !validation::checkTopicKey(key).isEmpty() || !validation::checkDisplayName(title).isEmpty()
        || (hasGerman && !validation::checkDisplayName(germanTitle).isEmpty()))
        return m_session.usage(QStringLiteral("create-topic takes KEY --title TITLE [--title-de TITLE]; a key has a-z, 0-9 and dashes"));
    if (!m_session.openDatabase())
        return 1;
    TopicStore topics(m_session.database());
    const auto topic = topics.create(key, title.trimmed());
    if (!topic)
        return m_session.fail(topic.error().message);
    if (hasGerman) {
        const auto german = topics.setTitle(topic->id, QStringLiteral("de"), germanTitle.trimmed());
        if (!german)
            return m_session.fail(german.error().message);
    }
    m_session.out() << "topic created: " << topic->key << Qt::endl;
    return 0;
}

int OrganisationCommands::routeTopic(const CommandArguments &arguments)
{
    const QString key = arguments.positional().value(0);
    const bool shared = arguments.isSet(QStringLiteral("shared"));
    const QString teamName = arguments.value(QStringLiteral("team"));
    const QString hours = arguments.value(QStringLiteral("target-hours"));
    bool hoursOk = hours.isEmpty();
    const double targetHours = hours.isEmpty() ? 0 : hours.toDouble(&hoursOk);
    if (arguments.positional().size() != 1 || shared == !teamName.isEmpty() || !hoursOk || (!hours.isEmpty() && (targetHours <= 0 || targetHours > 1000)))
        return m_session.usage(QStringLiteral("route-topic takes KEY and either --team TEAM or --shared, and optionally --target-hours (0 to 1000)"));
    if (!m_session.openDatabase())
        return 1;
    TopicStore topics(m_session.database());
    const auto topic = topics.findByKey(key);
    if (!topic)
        return m_session.fail(topic.error().message);
    if (!topic.value())
        return m_session.fail(QStringLiteral("there is no topic \"%1\"").arg(key));
    std::optional<qint64> teamId;
    if (!shared) {
        const auto team = AdvisorStore(m_session.database()).findTeam(teamName);
        if (!team)
            return m_session.fail(QStringLiteral("there is no team \"%1\"").arg(teamName));
        teamId = team->id;
    }
    if (const auto routed = topics.setTeam(topic.value()->id, teamId); !routed)
        return m_session.fail(routed.error().message);
    if (!hours.isEmpty()) {
        if (const auto target = topics.setResponseTarget(topic.value()->id, int(targetHours * 60)); !target)
            return m_session.fail(target.error().message);
    }
    m_session.out() << "topic " << key << " routed to " << (shared ? QStringLiteral("the shared queue") : teamName) << Qt::endl;
    return 0;
}

int OrganisationCommands::setFixedAdvisor(const CommandArguments &arguments)
{
    const QString email = validation::normalisedEmail(arguments.positional().value(0));
    const bool none = arguments.isSet(QStringLiteral("none"));
    const QString login = arguments.value(QStringLiteral("advisor"));
    if (arguments.positional().size() != 1 || none == !login.isEmpty())
        return m_session.usage(QStringLiteral("set-fixed-advisor takes CUSTOMER-EMAIL and either --advisor LOGIN or --none"));
    if (!m_session.openDatabase())
        return 1;
    CustomerStore customers(m_session.database());
    const auto customer = customers.findByEmail(email);
    if (!customer)
        return m_session.fail(customer.error().message);
    if (!customer.value())
        return m_session.fail(QStringLiteral("there is no customer with that address"));
    std::optional<qint64> advisorId;
    if (!none) {
        const auto advisor = AdvisorStore(m_session.database()).findByLogin(login);
        if (!advisor)
            return m_session.fail(QStringLiteral("there is no advisor \"%1\"").arg(login));
        advisorId = advisor->id;
    }
    if (const auto set = customers.setFixedAdvisor(customer.value()->id, advisorId, m_session.now()); !set)
        return m_session.fail(set.error().message);
    m_session.out() << (none ? QStringLiteral("the customer has no fixed advisor now") : QStringLiteral("fixed advisor set: ") + login) << Qt::endl;
    return 0;
}

int OrganisationCommands::listAdvisors(const CommandArguments &)
{
    if (!m_session.openDatabase())
        return 1;
    const auto advisors = AdvisorStore(m_session.database()).list();
    if (!advisors)
        return m_session.fail(QStringLiteral("cannot read the advisors: ") + advisors.error().message);
    for (const AdvisorProfile &advisor : advisors.value())
        m_session.out() << advisor.login << '\t' << advisor.displayName << '\t' << advisor.teamName << (advisor.teamLead ? "\tlead" : "") << Qt::endl;
    return 0;
}

int OrganisationCommands::listTopics(const CommandArguments &)
{
    if (!m_session.openDatabase())
        return 1;
    const auto topics = TopicStore(m_session.database()).list();
    if (!topics)
        return m_session.fail(QStringLiteral("cannot read the topics: ") + topics.error().message);
    for (const Topic &topic : topics.value())
        m_session.out() << topic.key << '\t' << topic.title << Qt::endl;
    return 0;
}

} // namespace confidant::server
