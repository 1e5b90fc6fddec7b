#pragma once

#include "AdvisorIdentity.h"

#include <QNetworkAccessManager>

namespace confidant::client {

// The one place where TLS is configured: every request carries the advisor's client certificate and trusts only
// the company CA for the server. Nothing else in the client knows that TLS exists.
class AdvisorNetworkAccess : public QNetworkAccessManager {
    Q_OBJECT
public:
    explicit AdvisorNetworkAccess(AdvisorIdentity identity, QObject *parent = nullptr);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QSslConfiguration m_tls;
};

} // namespace confidant::client
