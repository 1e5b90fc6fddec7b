#include "admin/KeyRingCommands.h"

#include "admin/AdminSession.h"
#include "crypto/KeyRing.h"
#include "store/Database.h"
#include "store/KeyRingOwnerScope.h"
#include "service/KeyRotation.h"

#include <QTextStream>

namespace confidant::server {

KeyRingCommands::KeyRingCommands(AdminSession &session) : m_session(session) {}

int KeyRingCommands::createKeyRing(const CommandArguments &)
{
    QString error;
    const KeyRingOwnerScope owner(m_session.keyRingFile());
    if (!KeyRing::create(m_session.keyRingFile(), m_session.now(), &error))
        return m_session.fail(error);
    m_session.out() << "key ring created: " << m_session.keyRingFile() << " (owner-only; back it up apart from the database backups, "
                    << "see docs/operations.md)" << Qt::endl;
    return 0;
}

int KeyRingCommands::rotateKeys(const CommandArguments &)
{
    if (!m_session.openDatabase() || !m_session.requireKeyRing())
        return 1;
    QString error;
    // The connection is open already; only the key ring file is touched as its owner.
    const auto report = [&] {
        const KeyRingOwnerScope owner(m_session.keyRingFile());
        return KeyRotation(m_session.database()).rotate(m_session.now(), &error);
    }();
    if (!report)
        return m_session.fail(error);
    QStringList retired;
    for (int epoch : report->retired)
        retired << QString::number(epoch);
    m_session.out() << "keys rotated: epoch " << report->epoch << " is current, " << report->rewrapped << " data keys wrapped again, "
                    << "retired epochs: " << (retired.isEmpty() ? QStringLiteral("none") : retired.join(QStringLiteral(", "))) << Qt::endl;
    return 0;
}

} // namespace confidant::server
