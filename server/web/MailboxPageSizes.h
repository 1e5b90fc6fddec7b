#pragma once

namespace confidant::server {

// How many inquiries and messages one page of the mailbox shows at most (CustomerPortalSettings): a customer with
// 50,000 inquiries gets the newest and a link to older ones, never all of them at once.
struct MailboxPageSizes {
    int inquiries = 50;
    int messages = 100;
};

} // namespace confidant::server
