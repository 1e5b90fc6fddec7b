#include "FakeReply.h"

#include "FakeNetworkAccess.h"

#include <QTimer>
#include <cstring>

namespace confidant::testing {
namespace {

// The error Qt's HTTP backend gives a reply with this status (QNetworkReplyHttpImpl), so code that looks at
// reply->error() first, as ApiClient does, meets what it meets with a real server.
QNetworkReply::NetworkError errorOf(int status)
{
    if (status < 400)
        return QNetworkReply::NoError;
    switch (status) {
    case 400: return QNetworkReply::ProtocolInvalidOperationError;
    case 401: return QNetworkReply::AuthenticationRequiredError;
    case 403: return QNetworkReply::ContentAccessDenied;
    case 404: return QNetworkReply::ContentNotFoundError;
    case 405: return QNetworkReply::ContentOperationNotPermittedError;
    case 409: return QNetworkReply::ContentConflictError;
    case 410: return QNetworkReply::ContentGoneError;
    case 500: return QNetworkReply::InternalServerError;
    case 501: return QNetworkReply::OperationNotImplementedError;
    case 503: return QNetworkReply::ServiceUnavailableError;
    default: return status < 500 ? QNetworkReply::UnknownContentError : QNetworkReply::UnknownServerError;
    }
}

} // namespace

FakeReply::FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, QObject *parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void FakeReply::respond(const FakeAnswer &answer)
{
    if (m_answered || isFinished())
        return;
    m_answered = true;
    if (answer.networkError != NoError) {
        setError(answer.networkError, QStringLiteral("The fake network broke the connection"));
    } else {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
        for (const auto &[name, value] : answer.headers)
            setRawHeader(name, value);
        if (!answer.body.isEmpty() && !hasRawHeader("Content-Type"))
            setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
        m_body = answer.body;
        if (const NetworkError error = errorOf(answer.status); error != NoError)
            setError(error, QStringLiteral("The fake server answered %1").arg(answer.status));
    }
    // Queued, so a caller that connects to finished() right after the request (as every caller does) hears it.
    QTimer::singleShot(0, this, &FakeReply::finishNow);
}

void FakeReply::finishNow()
{
    if (isFinished())
        return;
    emit metaDataChanged();
    if (!m_body.isEmpty())
        emit readyRead();
    setFinished(true);
    emit finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    m_answered = true;
    m_body.clear();
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    setFinished(true);
    emit errorOccurred(OperationCanceledError);
    emit finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_body.size() + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 size = std::min<qint64>(maxSize, m_body.size());
    std::memcpy(data, m_body.constData(), size_t(size));
    m_body.remove(0, size);
    return size;
}

} // namespace confidant::testing
