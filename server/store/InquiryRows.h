#pragma once

#include "domain/Inquiry.h"
#include "domain/Message.h"

#include <QString>
#include <optional>

namespace confidant::server {

class InquiryKeys;
class SqlRow;

// How inquiries and messages are read from their rows: the columns every read selects and their mapping, with the
// texts opened by the inquiry's data key. A row whose text does not decrypt reads as none (logged), and the read
// it belongs to is then "unavailable", never a wrong or empty text.
class InquiryRows {
public:
    // SELECT … FROM %1 i …: the inquiry's columns, joined to its customer, topic, key and the advisor it is held
    // for; %1 is where the rows come from (the table, or the feed's page of it). Advisors see the default topic title.
    static QString inquiryColumnsFrom();
    // The same with one more column (visibilityColumn): whether the row is in the reader's scope (AdvisorScope).
    static QString inquiryColumnsWithVisibilityFrom();
    static constexpr int visibilityColumn = 21;
    // From the table, for advisors; and for the customer, the topic's title in :language where it has one.
    static QString selectInquiry();
    static QString selectInquiryInLanguage();
    // The same with one more column (pageKeyColumn): the last activity in microseconds, the mailbox's page key.
    static QString selectInquiryPageInLanguage();
    static constexpr int pageKeyColumn = 21;
    static QString selectMessage();

    static std::optional<Inquiry> inquiry(const SqlRow &row, const InquiryKeys &keys);
    static std::optional<Message> message(const SqlRow &row, const InquiryKeys &keys);
};

} // namespace confidant::server
