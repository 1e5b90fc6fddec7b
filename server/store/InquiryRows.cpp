#include "store/InquiryRows.h"

#include "store/AdvisorScope.h"
#include "store/InquiryKeys.h"
#include "store/SqlStatement.h"
#include "store/StoreLog.h"

namespace confidant::server {
namespace {

// %1: the topic title's expression, %2: more columns after the inquiry's own (or nothing), %3: where the inquiry
// rows come from, named i (the table, or the feed's page of it).
const QString inquiryColumns = QStringLiteral(
    "SELECT i.id, i.customer_id, c.display_name, i.topic_id, t.key, %1, i.subject_sealed, i.state, i.created_at, i.waiting_since, "
    "i.last_activity_at, i.assigned_advisor_id, i.seq, i.team_id, i.closed_at, i.held_for_advisor_id, coalesce(held.display_name, ''), "
    "c.fixed_advisor_id, t.response_target_minutes, k.epoch, k.wrapped_key%2 "
    "FROM %3 i JOIN customers c ON c.id = i.customer_id JOIN topics t ON t.id = i.topic_id JOIN inquiry_keys k ON k.inquiry_id = i.id "
    "LEFT JOIN advisors held ON held.id = i.held_for_advisor_id ");

} // namespace

QString InquiryRows::inquiryColumnsFrom()
{
    static const QString columns = inquiryColumns.arg(QStringLiteral("t.title"), QString());
    return columns;
}

QString InquiryRows::inquiryColumnsWithVisibilityFrom()
{
    static const QString columns = inquiryColumns.arg(QStringLiteral("t.title"), QStringLiteral(", ") + AdvisorScope::condition());
    return columns;
}

QString InquiryRows::selectInquiry()
{
    static const QString select = inquiryColumnsFrom().arg(QStringLiteral("inquiries"));
    return select;
}

QString InquiryRows::selectInquiryInLanguage()
{
    static const QString select = inquiryColumns.arg(QStringLiteral("coalesce(tt.title, t.title)"), QString(), QStringLiteral("inquiries"))
        + QStringLiteral("LEFT JOIN topic_titles tt ON tt.topic_id = i.topic_id AND tt.language = :language ");
    return select;
}

QString InquiryRows::selectInquiryPageInLanguage()
{
    // Microseconds, not Qt's milliseconds: a key rounded to the millisecond could skip a row stored a few
    // microseconds beside it.
    static const QString select = inquiryColumns.arg(QStringLiteral("coalesce(tt.title, t.title)"),
                                                     QStringLiteral(", (extract(epoch FROM i.last_activity_at) * 1000000)::bigint"), QStringLiteral("inquiries"))
        + QStringLiteral("LEFT JOIN topic_titles tt ON tt.topic_id = i.topic_id AND tt.language = :language ");
    return select;
}

QString InquiryRows::selectMessage()
{
    return QStringLiteral(
        "SELECT m.id, m.inquiry_id, m.author, CASE WHEN m.author = 'advisor' THEN coalesce(a.display_name, '') ELSE c.display_name END, "
        "m.body_sealed, m.created_at, m.seq, k.epoch, k.wrapped_key "
        "FROM messages m JOIN inquiries i ON i.id = m.inquiry_id JOIN customers c ON c.id = i.customer_id "
        "JOIN inquiry_keys k ON k.inquiry_id = m.inquiry_id "
        "LEFT JOIN advisors a ON a.id = m.advisor_id ");
}

std::optional<Inquiry> InquiryRows::inquiry(const SqlRow &row, const InquiryKeys &keys)
{
    Inquiry inquiry;
    inquiry.id = row.id(0);
    const auto cipher = keys.fromRow(inquiry.id, row.value(19), row.value(20));
    const auto subject = cipher ? cipher->open(InquiryCipher::Field::Subject, row.bytes(6)) : std::nullopt;
    if (!subject) {
        qCCritical(lcStore) << "the subject of inquiry" << inquiry.id << "cannot be decrypted";
        return std::nullopt;
    }
    inquiry.customerId = row.id(1);
    inquiry.customerName = row.text(2);
    inquiry.topicId = row.id(3);
    inquiry.topicKey = row.text(4);
    inquiry.topicTitle = row.text(5);
    inquiry.subject = *subject;
    inquiry.state = inquiryStateFromKey(row.text(7)).value_or(InquiryState::AwaitingAdvisor);
    inquiry.createdAt = row.time(8);
    inquiry.waitingSince = row.optionalTime(9);
    inquiry.lastActivityAt = row.time(10);
    inquiry.assignedAdvisorId = row.optionalId(11);
    inquiry.seq = row.id(12);
    inquiry.teamId = row.optionalId(13);
    inquiry.closedAt = row.optionalTime(14);
    inquiry.heldForAdvisorId = row.optionalId(15);
    inquiry.heldForAdvisorName = row.text(16);
    inquiry.customerFixedAdvisorId = row.optionalId(17);
    inquiry.responseTargetMinutes = row.number(18);
    return inquiry;
}

std::optional<Message> InquiryRows::message(const SqlRow &row, const InquiryKeys &keys)
{
    Message message;
    message.id = row.id(0);
    message.inquiryId = row.id(1);
    const QByteArray author = row.text(2).toUtf8();
    const auto cipher = keys.fromRow(message.inquiryId, row.value(7), row.value(8));
    const auto body = cipher ? cipher->open(InquiryCipher::Field::Body, {message.id, author}, row.bytes(4)) : std::nullopt;
    if (!body) {
        qCCritical(lcStore) << "message" << message.id << "of inquiry" << message.inquiryId << "cannot be decrypted";
        return std::nullopt;
    }
    message.author = author == "advisor" ? MessageAuthor::Advisor : MessageAuthor::Customer;
    message.authorName = row.text(3);
    message.body = *body;
    message.createdAt = row.time(5);
    message.seq = row.id(6);
    return message;
}

} // namespace confidant::server
