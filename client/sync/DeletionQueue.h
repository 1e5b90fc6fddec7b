#pragma once

#include "ApiClient.h"
#include "DeletionLogModel.h"
#include "DeletionModel.h"

#include <QObject>
#include <QTimer>

namespace confidant::client {

class InquiryModel;

// The advisor's deletion recommendations: asks the server every few minutes and after every action, keeps the
// answer in its model, and confirms or postpones. Deleted inquiries leave the queue through the change feed
// (removed ids), not from here, so every workstation drops them alike.
class DeletionQueue : public QObject {
    Q_OBJECT
public:
    DeletionQueue(ApiClient *api, const Clock &clock, QObject *parent = nullptr);

    DeletionModel *model() { return &m_model; }
    DeletionLogModel *log() { return &m_log; }
    // Reads the deletion log into log(); failed() says why it could not.
    void refreshLog();
    // Names the inquiries by their subjects as the synced inquiries have them.
    void nameInquiriesFrom(const InquiryModel *inquiries);
    int count() const { return m_model.rowCount(); }
    // Starts the periodic refresh (and asks at once).
    void start(std::chrono::milliseconds interval = std::chrono::minutes(5));
    void refresh();
    // The rows of the model to delete, all or none; answered by deleted(count) or failed.
    void confirm(const QList<int> &rows);
    // until none: a legal hold. Answered by postponed() or failed.
    void postpone(qint64 inquiryId, const wire::PostponementDraft &postponement);

    // What the advisor reads for a refusal: the field messages of a 422 translated, our own words for a 404.
    static QString failureText(const ApiFailure &failure);

signals:
    void countChanged(int count);
    void deleted(int count);
    void postponed();
    void failed(const QString &message);

private:
    void apply(quint64 asked, const QList<DeletionRecommendation> &recommendations);

    ApiClient *m_api;
    quint64 m_asked = 0; // numbers the requests for the list
    quint64 m_shown = 0; // the number of the list shown
    DeletionModel m_model;
    DeletionLogModel m_log;
    QTimer m_refresh;
};

} // namespace confidant::client
