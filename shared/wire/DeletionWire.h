#pragma once

#include "domain/DeletionLogEntry.h"
#include "domain/DeletionRecommendation.h"
#include "validation/FieldError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <optional>

// The wire format of retention and deletion (docs/protocol.md, "Deletion"): recommendations, the deletion log,
// confirming and postponing.
namespace confidant::wire {

QJsonObject toJson(const DeletionRecommendation &recommendation);
std::optional<DeletionRecommendation> deletionRecommendationFromJson(const QJsonObject &json, QString *error = nullptr);
QJsonObject toJson(const DeletionLogEntry &entry);
std::optional<DeletionLogEntry> deletionLogEntryFromJson(const QJsonObject &json, QString *error = nullptr);

// POST /api/v1/deletions: {"inquiryIds": [...], "customerIds": [...]}; either may be missing, not both empty,
// at most validation::DeletionBatchMax ids in all, each a positive whole number, none twice.
struct DeletionConfirmation {
    QList<qint64> inquiryIds;
    QList<qint64> customerIds;
    friend bool operator==(const DeletionConfirmation &, const DeletionConfirmation &) = default;
};
std::optional<DeletionConfirmation> deletionConfirmationFromJson(const QByteArray &document, FieldErrors *errors);
QByteArray encodeDeletionConfirmation(const DeletionConfirmation &confirmation);

// POST /api/v1/inquiries/{id}/postpone: {"until": time, "reasonKind": "...", "reason": "..."} or
// {"legalHold": true, "reasonKind": "...", "reason": "..."}. The shape and the time only;
// validation::checkPostponement judges the values against the clock.
struct PostponementDraft {
    std::optional<QDateTime> until; // none: a legal hold
    PostponementReason reasonKind = PostponementReason::Other;
    QString reason;
};
std::optional<PostponementDraft> postponementDraftFromJson(const QByteArray &document, FieldErrors *errors);
QByteArray encodePostponementDraft(const PostponementDraft &draft);

} // namespace confidant::wire
