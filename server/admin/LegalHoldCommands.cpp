#include "admin/LegalHoldCommands.h"

#include "admin/AdminSession.h"
#include "admin/CommandArguments.h"
#include "domain/PostponementReason.h"
#include "store/DeletionStore.h"
#include "validation/Validation.h"

#include <QTextStream>

namespace confidant::server {
namespace {

const char usageText[] = "legal-hold takes set ID --reason-kind KIND --reason TEXT, or lift ID --reason-kind KIND "
                         "(KIND: customer-asked, open-matter, legal-obligation or other)";

// The stored keys (customer_asked, …), spelt with hyphens as options are.
std::optional<PostponementReason> reasonKind(const CommandArguments &arguments)
{
    const QStringList given = arguments.values(QStringLiteral("reason-kind"));
    if (given.size() != 1 || given.first().contains(QLatin1Char('_')))
        return std::nullopt;
    return postponementReasonFromKey(QString(given.first()).replace(QLatin1Char('-'), QLatin1Char('_')));
}

} // namespace

LegalHoldCommands::LegalHoldCommands(AdminSession &session) : m_session(session) {}

int LegalHoldCommands::legalHold(const CommandArguments &arguments)
{
    const QStringList &positional = arguments.positional();
    bool isNumber = false;
    const qint64 inquiryId = positional.size() == 2 ? positional.at(1).toLongLong(&isNumber) : 0;
    if (!isNumber || inquiryId <= 0 || !reasonKind(arguments))
        return m_session.usage(QString::fromLatin1(usageText));
    if (positional.first() == QLatin1String("set"))
        return set(inquiryId, arguments);
    if (positional.first() == QLatin1String("lift") && !arguments.isSet(QStringLiteral("reason")))
        return lift(inquiryId, arguments);
    return m_session.usage(QString::fromLatin1(usageText));
}

int LegalHoldCommands::set(qint64 inquiryId, const CommandArguments &arguments)
{
    const QStringList reasons = arguments.values(QStringLiteral("reason"));
    const QString reason = validation::normalisedText(reasons.value(0));
    if (reasons.size() != 1 || !validation::checkPostponement(reason, std::nullopt, m_session.now()).isEmpty())
        return m_session.usage(QStringLiteral("legal-hold set needs --reason TEXT, 1 to %1 characters").arg(validation::PostponementReasonMaxLength));
    // The reason is sealed with the inquiry's key, as an advisor's is.
    if (!m_session.openDatabase() || !m_session.requireKeyRing())
        return 1;
    const auto held = DeletionStore(m_session.database()).holdAsAdministrator(inquiryId, *reasonKind(arguments), reason, m_session.now());
    if (!held)
        return m_session.fail(held.error().kind == ServiceError::NotFound ? QStringLiteral("there is no inquiry %1").arg(inquiryId) : held.error().message);
    m_session.out() << "inquiry " << inquiryId << " is under a legal hold: nobody can delete it until it is lifted" << Qt::endl;
    return 0;
}

int LegalHoldCommands::lift(qint64 inquiryId, const CommandArguments &arguments)
{
    if (!m_session.openDatabase())
        return 1;
    const auto lifted = DeletionStore(m_session.database()).liftHoldAsAdministrator(inquiryId, *reasonKind(arguments), m_session.now());
    if (!lifted)
        return m_session.fail(lifted.error().kind == ServiceError::NotFound ? QStringLiteral("there is no inquiry %1").arg(inquiryId)
                                                                            : lifted.error().message);
    m_session.out() << "legal hold on inquiry " << inquiryId << " lifted: the retention policy's deadline applies again" << Qt::endl;
    return 0;
}

} // namespace confidant::server
