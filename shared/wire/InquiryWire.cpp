#include "wire/InquiryWire.h"

#include "wire/FieldTable.h"

namespace confidant::wire {
namespace {

QString authorKey(MessageAuthor author)
{
    return author == MessageAuthor::Advisor ? QStringLiteral("advisor") : QStringLiteral("customer");
}

std::optional<MessageAuthor> authorFromKey(const QString &key)
{
    if (key == authorKey(MessageAuthor::Advisor))
        return MessageAuthor::Advisor;
    if (key == authorKey(MessageAuthor::Customer))
        return MessageAuthor::Customer;
    return std::nullopt;
}

const auto inquiryFields = [](auto &inquiry, auto &&field) {
    field("id", inquiry.id);
    field("customerId", inquiry.customerId);
    field("customerName", inquiry.customerName);
    field("topicId", inquiry.topicId);
    field("topicKey", inquiry.topicKey);
    field("topicTitle", inquiry.topicTitle);
    field("subject", inquiry.subject);
    field("state", keyed(inquiry.state, inquiryStateKey, inquiryStateFromKey, "one of awaiting_advisor, awaiting_customer, closed"));
    field("createdAt", inquiry.createdAt);
    field("waitingSince", inquiry.waitingSince);
    field("lastActivityAt", inquiry.lastActivityAt);
    field("assignedAdvisorId", inquiry.assignedAdvisorId);
    field("teamId", inquiry.teamId);
    field("closedAt", inquiry.closedAt);
    field("customerFixedAdvisorId", inquiry.customerFixedAdvisorId);
    field("responseTargetMinutes", ranged(inquiry.responseTargetMinutes, 1, Inquiry::maxResponseTargetMinutes));
    field("heldForAdvisorId", inquiry.heldForAdvisorId);
    field("heldForAdvisorName", inquiry.heldForAdvisorName);
    field("seq", inquiry.seq);
    field("allowedActions", keyList(inquiry.allowedActions, inquiryActionKeys, inquiryActionsFromKeys));
};

// Held for an absent advisor only while nobody owns it, and named exactly when held.
void checkHeldFor(const Inquiry &inquiry, JsonReader &r)
{
    if (inquiry.heldForAdvisorId && inquiry.assignedAdvisorId)
        r.fail("heldForAdvisorId", "null while the inquiry has an owner");
    if (r.ok() && inquiry.heldForAdvisorId.has_value() == inquiry.heldForAdvisorName.trimmed().isEmpty())
        r.fail("heldForAdvisorName", "the held-for advisor's name, and empty when the inquiry is not held");
}

const auto messageFields = [](auto &message, auto &&field) {
    field("id", message.id);
    field("inquiryId", message.inquiryId);
    field("author", keyed(message.author, authorKey, authorFromKey, "\"customer\" or \"advisor\""));
    field("authorName", message.authorName);
    field("body", message.body);
    field("createdAt", message.createdAt);
    field("seq", message.seq);
};

const auto eventFields = [](auto &event, auto &&field) {
    field("id", event.id);
    field("kind", event.kind);
    field("actorName", event.actorName);
    field("fromAdvisorName", event.fromAdvisorName);
    field("toAdvisorName", event.toAdvisorName);
    field("fromTeamName", event.fromTeamName);
    field("toTeamName", event.toTeamName);
    field("note", event.note);
    field("at", event.at);
    field("absentUntil", event.absentUntil);
};

const auto noteFields = [](auto &note, auto &&field) {
    field("id", note.id);
    field("authorName", note.authorName);
    field("text", note.text);
    field("at", note.at);
};

const auto changeBatchFields = [](auto &batch, auto &&field) {
    field("since", batch.since);
    field("cursor", batch.cursor);
    field("hasMore", batch.hasMore);
    field("inquiries", items(batch.inquiries, inquiryFields));
    field("removed", batch.removed);
};

} // namespace

QJsonObject toJson(const Inquiry &inquiry)
{
    return objectOf(inquiry, inquiryFields);
}

std::optional<Inquiry> inquiryFromJson(const QJsonObject &json, QString *error)
{
    return entityFrom<Inquiry>(json, inquiryFields, checkHeldFor, error);
}

QJsonObject toJson(const Message &message)
{
    return objectOf(message, messageFields);
}

std::optional<Message> messageFromJson(const QJsonObject &json, QString *error)
{
    return entityFrom<Message>(json, messageFields, error);
}

QJsonObject toJson(const InquiryEvent &event)
{
    return objectOf(event, eventFields);
}

std::optional<InquiryEvent> inquiryEventFromJson(const QJsonObject &json, QString *error)
{
    return entityFrom<InquiryEvent>(json, eventFields, error);
}

QJsonObject toJson(const InquiryNote &note)
{
    return objectOf(note, noteFields);
}

std::optional<InquiryNote> inquiryNoteFromJson(const QJsonObject &json, QString *error)
{
    return entityFrom<InquiryNote>(json, noteFields, error);
}

QJsonObject toJson(const ChangeBatch &batch)
{
    return objectOf(batch, changeBatchFields);
}

QByteArray encodeChangeBatch(const ChangeBatch &batch)
{
    JsonWriter w(qsizetype(batch.inquiries.size()) * 640 + 128);
    w.beginObject();
    changeBatchFields(batch, WriterFields(w));
    w.endObject();
    return w.data();
}

std::optional<ChangeBatch> changeBatchFromJson(const QJsonObject &json, QString *error)
{
    return entityFrom<ChangeBatch>(json, changeBatchFields, [](const ChangeBatch &batch, JsonReader &r) {
        if (batch.cursor < batch.since)
            r.fail("cursor", "not before \"since\"");
    }, error);
}

} // namespace confidant::wire
