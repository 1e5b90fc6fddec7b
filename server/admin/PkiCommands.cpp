#include "admin/PkiCommands.h"

#include "admin/AdminSession.h"
#include "admin/CommandArguments.h"
#include "pki/CertificateAuthority.h"
#include "store/AdvisorStore.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace confidant::server {
namespace {

bool writePrivateFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // Keys and PKCS#12 files are readable by their owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(data) == data.size();
}

QByteArray readAllFrom(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

PkiCommands::PkiCommands(AdminSession &session) : m_session(session) {}

std::optional<CertificateAuthority> PkiCommands::loadCa() const
{
    QString error;
    auto ca = CertificateAuthority::load(readAllFrom(m_session.pkiPath(QStringLiteral("ca.pem"))),
                                         readAllFrom(m_session.pkiPath(QStringLiteral("ca.key"))), {}, &error);
    if (!ca)
        m_session.fail(QStringLiteral("no usable CA in %1 (run init-ca first): %2").arg(m_session.pkiPath(QString()), error));
    return ca;
}

int PkiCommands::initCa(const CommandArguments &arguments)
{
    const QString organisation = arguments.value(QStringLiteral("organisation"));
    if (organisation.trimmed().isEmpty())
        return m_session.usage(QStringLiteral("init-ca needs --organisation NAME"));
    if (QFile::exists(m_session.pkiPath(QStringLiteral("ca.pem"))))
        return m_session.fail(QStringLiteral("a CA exists already in %1; refusing to replace it").arg(m_session.pkiPath(QString())));
    QString error;
    const auto ca = CertificateAuthority::create(organisation, m_session.now(), &error);
    if (!ca)
        return m_session.fail(error);
    QDir().mkpath(m_session.pkiPath(QString()));
    if (!writePrivateFile(m_session.pkiPath(QStringLiteral("ca.key")), ca->privateKeyPem())
        || !writePrivateFile(m_session.pkiPath(QStringLiteral("ca.pem")), ca->certificatePem()))
        return m_session.fail(QStringLiteral("cannot write to %1").arg(m_session.pkiPath(QString())));
    m_session.out() << "CA created: " << m_session.pkiPath(QStringLiteral("ca.pem")) << Qt::endl;
    return 0;
}

int PkiCommands::serverCert(const CommandArguments &arguments)
{
    QList<QHostAddress> addresses;
    for (const QString &ip : arguments.values(QStringLiteral("ip"))) {
        const QHostAddress address(ip);
        if (address.isNull())
            return m_session.usage(QStringLiteral("\"%1\" is not an IP address").arg(ip));
        addresses << address;
    }
    const auto ca = loadCa();
    if (!ca)
        return 1;
    QString error;
    const auto issued = ca->issueServerCertificate(arguments.values(QStringLiteral("host")), addresses, m_session.now(), &error);
    if (!issued)
        return m_session.fail(error);
    if (!writePrivateFile(m_session.pkiPath(QStringLiteral("server.key")), issued->privateKeyPem)
        || !writePrivateFile(m_session.pkiPath(QStringLiteral("server.pem")), issued->certificatePem))
        return m_session.fail(QStringLiteral("cannot write to %1").arg(m_session.pkiPath(QString())));
    m_session.out() << "server certificate created: " << m_session.pkiPath(QStringLiteral("server.pem")) << Qt::endl;
    return 0;
}

int PkiCommands::issueAdvisorCert(const CommandArguments &arguments)
{
    const QString login = arguments.positional().value(0);
    const QString outFile = arguments.value(QStringLiteral("out"));
    if (arguments.positional().size() != 1 || outFile.isEmpty())
        return m_session.usage(QStringLiteral("issue-advisor-cert takes LOGIN --out FILE.p12 [--passphrase-file FILE]; without a file the passphrase is read from standard input"));
    const QString passphraseFile = arguments.value(QStringLiteral("passphrase-file"));
    const QByteArray passphrase = (passphraseFile.isEmpty() ? m_session.input().readAll() : readAllFrom(passphraseFile)).trimmed();
    const auto ca = loadCa();
    if (!ca)
        return 1;
    if (!m_session.openDatabase())
        return 1;
    AdvisorStore advisors(m_session.database());
    const auto advisor = advisors.findByLogin(login);
    if (!advisor)
        return m_session.fail(QStringLiteral("there is no advisor \"%1\" (create it with create-advisor)").arg(login));
    QString error;
    const auto issued = ca->issueClientCertificate(login, m_session.now(), &error);
    const auto p12 = issued ? ca->exportPkcs12(*issued, passphrase, advisor->displayName, &error) : std::nullopt;
    if (!p12)
        return m_session.fail(error);
    const QSslCertificate certificate = issued->certificate();
    const auto registered = advisors.registerCertificate(advisor->id, certificateFingerprint(certificate),
                                                         QString::fromLatin1(certificate.serialNumber()), certificate.expiryDate());
    if (!registered)
        return m_session.fail(registered.error().message);
    if (!writePrivateFile(outFile, *p12))
        return m_session.fail(QStringLiteral("cannot write %1").arg(outFile));
    m_session.out() << "certificate for " << login << " written to " << outFile << " (fingerprint " << certificateFingerprint(certificate) << ")"
                    << Qt::endl;
    return 0;
}

int PkiCommands::revokeAdvisorCert(const CommandArguments &arguments)
{
    if (arguments.positional().size() != 1)
        return m_session.usage(QStringLiteral("revoke-advisor-cert takes the certificate's SHA-256 fingerprint"));
    if (!m_session.openDatabase())
        return 1;
    const auto revoked = AdvisorStore(m_session.database()).revokeCertificate(arguments.positional().first(), m_session.now());
    if (!revoked)
        return m_session.fail(revoked.error().message);
    m_session.out() << "certificate revoked" << Qt::endl;
    return 0;
}

} // namespace confidant::server
