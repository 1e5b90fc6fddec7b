#include "service/CustomerExport.h"

#include "wire/WireTime.h"

#include <QJsonArray>

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

Result<CustomerExport::Data> CustomerExport::collect(qint64 customerId, const QString &language) const
{
    const auto customer = m_customers.findById(customerId);
    if (!customer)
        return customer.error();
    if (!customer.value())
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This account no longer exists."))};
    const auto agreements = m_customers.agreementHistory(customerId);
    const auto inquiries = m_inquiries.listForCustomer(customerId, language);
    if (!agreements || !inquiries)
        return unavailable();
    Data data{*customer.value(), agreements.value(), {}, m_clock.now()};
    for (const Inquiry &inquiry : inquiries.value()) {
        const auto messages = m_messages.of(inquiry.id);
        if (!messages)
            return messages.error(); // an export with a thread missing would be wrong, not partial
        data.threads.append({inquiry, messages.value()});
    }
    return data;
}

QJsonObject CustomerExport::toJson(const Data &data)
{
    QJsonArray agreements;
    for (const AgreementAcceptance &acceptance : data.agreements)
        agreements.append(QJsonObject{{QStringLiteral("version"), acceptance.version}, {QStringLiteral("acceptedAt"), timeValue(acceptance.acceptedAt)}});
    QJsonArray inquiries;
    for (const Thread &thread : data.threads)
        inquiries.append(threadJson(thread));
    const QJsonObject account{{QStringLiteral("name"), data.customer.displayName},
                              {QStringLiteral("email"), data.customer.email},
                              {QStringLiteral("registeredAt"), timeValue(data.customer.createdAt)},
                              {QStringLiteral("agreements"), agreements}};
    return {{QStringLiteral("format"), QString::fromLatin1(format)},
            {QStringLiteral("exportedAt"), timeValue(data.exportedAt)},
            {QStringLiteral("account"), account},
            {QStringLiteral("inquiries"), inquiries}};
}

} // namespace confidant::server
