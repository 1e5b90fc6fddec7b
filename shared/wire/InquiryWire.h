#pragma once

#include "domain/ChangeBatch.h"
#include "domain/Inquiry.h"
#include "domain/InquiryEvent.h"
#include "domain/InquiryNote.h"
#include "domain/Message.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

// The advisor API's inquiries, their messages, events and notes, and the change feed's pages (docs/protocol.md).
// Encoders never fail; decoders return nullopt and say why in `error` when a field is missing, has the wrong type
// or an impossible value. Each entity's fields are listed once (wire/FieldTable.h) for all of its encoders.
namespace confidant::wire {

QJsonObject toJson(const Inquiry &inquiry);
std::optional<Inquiry> inquiryFromJson(const QJsonObject &json, QString *error = nullptr);
QJsonObject toJson(const Message &message);
std::optional<Message> messageFromJson(const QJsonObject &json, QString *error = nullptr);
QJsonObject toJson(const InquiryEvent &event);
std::optional<InquiryEvent> inquiryEventFromJson(const QJsonObject &json, QString *error = nullptr);
QJsonObject toJson(const InquiryNote &note);
std::optional<InquiryNote> inquiryNoteFromJson(const QJsonObject &json, QString *error = nullptr);

QJsonObject toJson(const ChangeBatch &batch);
// The same document as toJson(batch), compact, written without building it as objects first: the change feed's
// pages are its largest answers.
QByteArray encodeChangeBatch(const ChangeBatch &batch);
std::optional<ChangeBatch> changeBatchFromJson(const QJsonObject &json, QString *error = nullptr);

} // namespace confidant::wire
