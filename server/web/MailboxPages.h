#pragma once

#include "service/CustomerMailbox.h"
#include "web/MailboxPageSizes.h"
#include "web/PageExchange.h"
#include "web/PageRenderer.h"
#include "web/PageResponder.h"

#include <optional>

namespace confidant::server {

class AdmissionGate;
class Deletions;
class PageResponder;
class Router;

// The customer's mailbox (docs/architecture.md, "Customer pages"): the list of inquiries, a new inquiry by topic
// (a link from the company's website can preselect one), a thread and the answer to it, and deleting an inquiry.
// Every page is the signed-in customer's own, once they accepted the current agreement.
class MailboxPages {
public:
    MailboxPages(CustomerMailbox &mailbox, Deletions &deletions, PageResponder &responder, MailboxPageSizes sizes = {});
    void registerRoutes(Router &router, const AdmissionGate &gate);

private:
    void showMailbox(PageExchange &x);
    void showNewInquiry(PageExchange &x);
    void submitInquiry(PageExchange &x);
    void showThread(PageExchange &x);
    void submitAnswer(PageExchange &x);
    void submitDeleteInquiry(PageExchange &x);
    void sendThread(PageExchange &x, int status, const CustomerMailbox::Thread &thread, const FieldErrors &errors, const ExtraHeaders &headers = {});
    void sendInquiryForm(PageExchange &x, int status, const PageData &topics, const FieldErrors &errors, const ExtraHeaders &headers = {});
    // The form's error when the hour's limit is reached: how many, and when the text that stays in the form can go.
    FieldErrors limitError(const PageExchange &x, const char *source, const CustomerMailbox::LimitReached &limit) const;
    std::optional<PageData> topicList(const PageExchange &x, const QString &selectedKey, bool *found = nullptr) const; // nullopt: database away
    static std::optional<qint64> inquiryId(const PageExchange &x);
    // The page the links asked for (?older=KEY, ?newer=KEY), the newest when none or a malformed one.
    static PageRequest pageRequest(const PageExchange &x, int size);
    // The "older / newer" links' keys, for the templates' paging navigation; none when there is one page.
    static std::optional<PageData> pagingData(const std::optional<PageKey> &older, const std::optional<PageKey> &newer);
    PageRequest newestMessages() const { return {PageRequest::From::Newest, {}, m_sizes.messages}; }

    CustomerMailbox &m_mailbox;
    Deletions &m_deletions;
    PageResponder &m_responder;
    MailboxPageSizes m_sizes;
};

} // namespace confidant::server
