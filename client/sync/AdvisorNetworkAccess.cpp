#include "AdvisorNetworkAccess.h"

#include <QNetworkRequest>

namespace confidant::client {

AdvisorNetworkAccess::AdvisorNetworkAccess(AdvisorIdentity identity, QObject *parent) : QNetworkAccessManager(parent)
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls.setLocalCertificate(identity.certificate);
    m_tls.setPrivateKey(identity.key);
    m_tls.setCaCertificates(identity.companyCa);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

QNetworkReply *AdvisorNetworkAccess::createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData)
{
    QNetworkRequest secured(request);
    secured.setSslConfiguration(m_tls);
    return QNetworkAccessManager::createRequest(operation, secured, outgoingData);
}

} // namespace confidant::client
