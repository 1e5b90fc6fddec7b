#pragma once

#include <QNetworkReply>

namespace confidant::testing {

struct FakeAnswer;

// One reply of FakeNetworkAccess as Qt's own HTTP replies end: an HTTP status with its headers, error code and body,
// or no status at all and a network error (a cut connection). Open until respond(), which finishes it on the next
// turn of the event loop, as an answer from a socket would.
class FakeReply : public QNetworkReply {
    Q_OBJECT
public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, QObject *parent);

    // Answers now and finishes at once after (queued); a reply that has finished or was aborted ignores it.
    void respond(const FakeAnswer &answer);
    bool isAnswered() const { return m_answered; }

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void finishNow();

    QByteArray m_body;
    bool m_answered = false;
};

} // namespace confidant::testing
