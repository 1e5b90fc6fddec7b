#include "admin/PkiCommands.h"

#include "admin/AdminSession.h"
#include "admin/CaPassphrase.h"
#include "admin/CommandArguments.h"
#include "files/PrivateFile.h"
#include "pki/CertificateAuthority.h"
#include "store/AdvisorStore.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace confidant::server {
namespace {

QByteArray readAllFrom(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

PkiCommands::PkiCommands(AdminSession &session) : m_session(session) {}

std::optional<CertificateAuthority> PkiCommands::loadCa(const CommandArguments &arguments) const
{
    QString error;
    const QByteArray key = readAllFrom(m_session.pkiPath(QStringLiteral("ca.key")));
    // PKCS#8 as PEM_write_bio_PrivateKey writes it: the header says whether a passphrase is needed.
    const auto passphrase = key.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") ? CaPassphrase::forExistingKey(arguments, &error)
                                                                                 : std::optional<QByteArray>(QByteArray());
    if (!passphrase) {
        m_session.fail(error);
        return std::nullopt;
    }
    auto ca = CertificateAuthority::load(readAllFrom(m_session.pkiPath(QStringLiteral("ca.pem"))), key, *passphrase, &error);
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
    const auto passphrase = CaPassphrase::forNewKey(arguments, &error);
    if (!passphrase)
        return m_session.fail(error);
    const auto ca = CertificateAuthority::create(organisation, m_session.now(), &error);
    if (!ca)
        return m_session.fail(error);
    QDir().mkpath(m_session.pkiPath(QString()));
    // Keys and PKCS#12 files are readable by their owner only, from their first byte (PrivateFile).
    if (!PrivateFile::write(m_session.pkiPath(QStringLiteral("ca.key")), ca->privateKeyPem(*passphrase), &error)
        || !PrivateFile::write(m_session.pkiPath(QStringLiteral("ca.pem")), ca->certificatePem(), &error))
        return m_session.fail(error);
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
    const auto ca = loadCa(arguments);
    if (!ca)
        return 1;
    QString error;
    const auto issued = ca->issueServerCertificate(arguments.values(QStringLiteral("host")), addresses, m_session.now(), &error);
    if (!issued)
        return m_session.fail(error);
    if (!PrivateFile::write(m_session.pkiPath(QStringLiteral("server.key")), issued->privateKeyPem, &error)
        || !PrivateFile::write(m_session.pkiPath(QStringLiteral("server.pem")), issued->certificatePem, &error))
        return m_session.fail(error);
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
    const auto ca = loadCa(arguments);
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
    if (!PrivateFile::write(outFile, *p12, &error))
        return m_session.fail(error);
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
