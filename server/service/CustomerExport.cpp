#include "service/CustomerExport.h"

#include "wire/WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace confidant::server {
namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(wire::formatUtcTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject messageJson(const Message &message)
{
    const bool fromAdvisor = message.author == MessageAuthor::Advisor;
    return {{QStringLiteral("from"), fromAdvisor ? QStringLiteral("advisor") : QStringLiteral("you")},
            {QStringLiteral("advisorName"), fromAdvisor ? QJsonValue(message.authorName) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("text"), message.body},
            {QStringLiteral("sentAt"), timeValue(message.createdAt)}};
}

QJsonObject threadJson(const CustomerExport::Thread &thread)
{
    QJsonArray messages;
    for (const Message &message : thread.messages)
        messages.append(messageJson(message));
    const Inquiry &inquiry = thread.inquiry;
    return {{QStringLiteral("id"), inquiry.id},
            {QStringLiteral("topic"), inquiry.topicTitle},
            {QStringLiteral("subject"), inquiry.subject},
            {QStringLiteral("state"), inquiryStateKey(inquiry.state)},
            {QStringLiteral("startedAt"), timeValue(inquiry.createdAt)},
            {QStringLiteral("closedAt"), inquiry.closedAt ? timeValue(*inquiry.closedAt) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("messages"), messages}};
}

} // namespace

CustomerExport::CustomerExport(CustomerStore &customers, InquiryStore &inquiries, InquiryMessages &messages, const Clock &clock)
    : m_customers(customers), m_inquiries(inquiries), m_messages(messages), m_clock(clock)
{
}

Result<CustomerExport::Account> CustomerExport::account(qint64 customerId) const
{
    const auto customer = m_customers.findById(customerId);
    if (!customer)
        return customer.error();
    if (!customer.value())
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This account no longer exists."))};
    const auto agreements = m_customers.agreementHistory(customerId);
    if (!agreements)
        return agreements.error();
    return Account{*customer.value(), agreements.value(), m_clock.now()};
}

// Two reads per chunk: the inquiries, then all their messages at once (they are the customer's inquiries with ids
// in the chunk's range, by id).
Result<QList<CustomerExport::Thread>> CustomerExport::threadsAfter(qint64 customerId, qint64 afterInquiryId, int limit, const QString &language) const
{
    const auto inquiries = m_inquiries.customerInquiriesAfter(customerId, afterInquiryId, limit, language);
    if (!inquiries)
        return inquiries.error();
    if (inquiries->isEmpty())
        return QList<Thread>();
    const auto messages = m_messages.ofCustomerInquiries(customerId, inquiries->constFirst().id, inquiries->constLast().id);
    if (!messages)
        return messages.error(); // an export with a thread missing would be wrong, not partial
    QList<Thread> threads;
    auto message = messages->cbegin();
    for (const Inquiry &inquiry : inquiries.value()) {
        Thread thread{inquiry, {}};
        for (; message != messages->cend() && message->inquiryId == inquiry.id; ++message)
            thread.messages.append(*message);
        threads.append(std::move(thread));
    }
    return threads;
}

QByteArray CustomerExport::jsonOpening(const Account &account)
{
    QJsonArray agreements;
    for (const AgreementAcceptance &acceptance : account.agreements)
        agreements.append(QJsonObject{{QStringLiteral("version"), acceptance.version}, {QStringLiteral("acceptedAt"), timeValue(acceptance.acceptedAt)}});
    const QJsonObject person{{QStringLiteral("name"), account.customer.displayName},
                             {QStringLiteral("email"), account.customer.email},
                             {QStringLiteral("registeredAt"), timeValue(account.customer.createdAt)},
                             {QStringLiteral("agreements"), agreements}};
    const QJsonObject opening{{QStringLiteral("format"), QString::fromLatin1(format)},
                              {QStringLiteral("exportedAt"), timeValue(account.exportedAt)},
                              {QStringLiteral("account"), person}};
    // The object without its closing brace, and the array the chunks go into.
    QByteArray json = QJsonDocument(opening).toJson(QJsonDocument::Compact);
    json.chop(1);
    return json + ",\"inquiries\":[";
}

QByteArray CustomerExport::jsonThreads(const QList<Thread> &threads, bool first)
{
    QByteArray json;
    for (const Thread &thread : threads) {
        if (!first || !json.isEmpty())
            json += ',';
        json += QJsonDocument(threadJson(thread)).toJson(QJsonDocument::Compact);
    }
    return json;
}

QByteArray CustomerExport::jsonClosing()
{
    return "]}";
}

} // namespace confidant::server
