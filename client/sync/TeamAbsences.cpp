#include "TeamAbsences.h"

#include "validation/Validation.h"

#include <QPointer>

namespace confidant::client {

TeamAbsences::TeamAbsences(ApiClient *api, const Clock &clock, QObject *parent) : QObject(parent), m_api(api), m_model(clock) {}

QString TeamAbsences::failureText(const ApiFailure &failure)
{
    if (!failure.fields.isEmpty())
        return translatedFieldMessages(failure);
    if (failure.httpStatus == 403)
        return tr("Only the advisors themselves or their team lead can set or end their absence.");
    if (failure.httpStatus == 404)
        return tr("This advisor is not in your team any more. Close this window and open it again to see your team as it is now.");
    return failure.message;
}

void TeamAbsences::refresh(qint64 ownAdvisorId)
{
    m_api->absences(applyAnswer(false));
    loadTeam(ownAdvisorId);
}

void TeamAbsences::loadTeam(qint64 ownAdvisorId)
{
    m_api->directory([self = QPointer(this), ownAdvisorId](const ApiResult<Directory> &result) {
        if (!self)
            return;
        if (const auto *failure = std::get_if<ApiFailure>(&result)) {
            emit self->failed(failureText(*failure));
            return;
        }
        const QList<Directory::Advisor> &advisors = std::get<Directory>(result).advisors;
        const auto own = std::find_if(advisors.cbegin(), advisors.cend(), [ownAdvisorId](const auto &advisor) { return advisor.id == ownAdvisorId; });
        self->m_team.clear();
        for (const Directory::Advisor &advisor : advisors) {
            if (own != advisors.cend() && advisor.teamId == own->teamId)
                self->m_team.append(advisor);
        }
        emit self->teamLoaded();
    });
}

void TeamAbsences::set(qint64 advisorId, const QDateTime &from, const QDateTime &to)
{
    m_saving = true;
    m_api->setAbsence(advisorId, {from.toUTC(), to.toUTC()}, applyAnswer(true));
}

void TeamAbsences::end(qint64 advisorId)
{
    m_saving = true;
    m_api->endAbsence(advisorId, applyAnswer(true));
}

// Every answer carries the team's absences as they are now: the model follows it whoever asked.
std::function<void(ApiResult<QList<Absence>>)> TeamAbsences::applyAnswer(bool saving)
{
    return [self = QPointer(this), saving](const ApiResult<QList<Absence>> &result) {
        if (!self)
            return;
        if (saving)
            self->m_saving = false;
        if (const auto *failure = std::get_if<ApiFailure>(&result)) {
            emit self->failed(failureText(*failure));
            return;
        }
        self->m_model.setAbsences(std::get<QList<Absence>>(result));
        if (saving)
            emit self->saved();
    };
}

} // namespace confidant::client
