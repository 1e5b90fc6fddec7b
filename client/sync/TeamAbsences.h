#pragma once

#include "AbsenceModel.h"
#include "ApiClient.h"

#include <QObject>

namespace confidant::client {

// The advisor's team's absences and the colleagues whose absence can be set: asks the server, keeps the answer in
// its model, and says what went wrong in words the advisor can act on. Lives as long as the workstation, so an
// answer that arrives after the dialog was closed still updates the model.
class TeamAbsences : public QObject {
    Q_OBJECT
public:
    TeamAbsences(ApiClient *api, const Clock &clock, QObject *parent = nullptr);

    // What the dialog shows for a refusal: the field messages of a 422 (translated), our own words for 403 and 404
    // (the server's are English), else the server's message.
    static QString failureText(const ApiFailure &failure);

    AbsenceModel *model() { return &m_model; }
    // The advisor's own team as the directory has it, the advisor included; empty until it is loaded.
    const QList<Directory::Advisor> &team() const { return m_team; }
    // Asks for the absences and the team again; answered by teamLoaded (and the model) or failed.
    void refresh(qint64 ownAdvisorId);
    // Answered by saved or failed; the model shows the team's absences as the server has them afterwards.
    void set(qint64 advisorId, const QDateTime &from, const QDateTime &to);
    void end(qint64 advisorId);
    bool isSaving() const { return m_saving; }

signals:
    void teamLoaded();
    void saved();
    void failed(const QString &message);

private:
    void loadTeam(qint64 ownAdvisorId);
    std::function<void(ApiResult<QList<Absence>>)> applyAnswer(bool saving);

    ApiClient *m_api;
    AbsenceModel m_model;
    QList<Directory::Advisor> m_team;
    bool m_saving = false;
};

} // namespace confidant::client
