#pragma once

namespace confidant::server {

// How much one customer may write per hour (audit finding 5 of issue 20): enough for anyone talking to an advisor,
// far too little to bury a team's queue or fill the database. 0: no limit. The server's --inquiries-per-hour and
// --messages-per-hour.
struct MailboxLimits {
    int inquiriesPerHour = 20;
    int messagesPerHour = 60; // the customer's messages in their threads, beside the first of each inquiry
};

} // namespace confidant::server
