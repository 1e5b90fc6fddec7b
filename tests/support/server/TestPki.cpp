#include "TestPki.h"

#include "pki/CertificateAuthority.h"

#include <QFile>

namespace confidant::testing {
namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QSslKey ecKey(const QByteArray &pem)
{
    return QSslKey(pem, QSsl::Ec, QSsl::Pem);
}

} // namespace

TestPki::TestPki(const QString &advisorLogin)
{
    using namespace confidant::server;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto ca = CertificateAuthority::create(QStringLiteral("Test Bank"), now, &m_error);
    auto foreign = CertificateAuthority::create(QStringLiteral("Somebody Else"), now, &m_error);
    if (!ca || !foreign)
        return;
    const auto server = ca->issueServerCertificate({QStringLiteral("localhost")}, {QHostAddress::LocalHost, QHostAddress::LocalHostIPv6}, now, &m_error);
    const auto advisor = ca->issueClientCertificate(advisorLogin, now, &m_error);
    const auto stranger = foreign->issueClientCertificate(advisorLogin, now, &m_error);
    if (!server || !advisor || !stranger)
        return;
    const auto p12 = ca->exportPkcs12(*advisor, p12Passphrase, advisorLogin, &m_error);
    if (!p12)
        return;
    caCertificate = ca->certificate();
    serverCertificate = server->certificate();
    serverKey = ecKey(server->privateKeyPem);
    advisorCertificate = advisor->certificate();
    advisorKey = ecKey(advisor->privateKeyPem);
    foreignCertificate = stranger->certificate();
    foreignKey = ecKey(stranger->privateKeyPem);
    m_valid = writeFile(caCertificateFile(), ca->certificatePem()) && writeFile(serverCertificateFile(), server->certificatePem)
        && writeFile(serverKeyFile(), server->privateKeyPem) && writeFile(advisorP12File(), *p12) && !serverKey.isNull()
        && !advisorKey.isNull();
    if (!m_valid && m_error.isEmpty())
        m_error = QStringLiteral("cannot write the test PKI to %1").arg(m_dir.path());
}

QString TestPki::caCertificateFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
QString TestPki::serverCertificateFile() const { return m_dir.filePath(QStringLiteral("server.pem")); }
QString TestPki::serverKeyFile() const { return m_dir.filePath(QStringLiteral("server.key")); }
QString TestPki::advisorP12File() const { return m_dir.filePath(QStringLiteral("advisor.p12")); }

} // namespace confidant::testing
