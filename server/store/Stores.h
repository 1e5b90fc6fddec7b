#pragma once

#include "store/AbsenceStore.h"
#include "store/AccountLinkStore.h"
#include "store/AdvisorStore.h"
#include "store/CalendarStore.h"
#include "store/ChangeFeedStore.h"
#include "store/CustomerReadStore.h"
#include "store/CustomerStore.h"
#include "store/CustomerWriteLog.h"
#include "store/DeletionLog.h"
#include "store/DeletionRecommendations.h"
#include "store/DeletionStore.h"
#include "store/InquiryMessages.h"
#include "store/InquiryNotes.h"
#include "store/InquiryOwnership.h"
#include "store/InquiryStore.h"
#include "store/MailOutboxStore.h"
#include "store/ReportStore.h"
#include "store/RetentionPolicyStore.h"
#include "store/SessionStore.h"
#include "store/TopicStore.h"
#include "store/TwoFactorStore.h"

namespace confidant::server {

class Database;

// Every store, made once for a database by the composition root (ServerApplication) and handed to the services
// that use them. A store holds nothing but the database: each call takes this thread's connection.
struct Stores {
    explicit Stores(Database &database)
        : customers(database), sessions(database), reads(database), topics(database), advisors(database), calendar(database),
          absences(database), inquiries(database), messages(database), notes(database), feed(database), ownership(database),
          retention(database), recommendations(database), deletions(database), deletionLog(database), reports(database),
          links(database), outbox(database), twoFactor(database), writes(database)
    {
    }
    Stores(const Stores &) = delete;
    Stores &operator=(const Stores &) = delete;

    CustomerStore customers;
    SessionStore sessions;
    CustomerReadStore reads;
    TopicStore topics;
    AdvisorStore advisors;
    CalendarStore calendar;
    AbsenceStore absences;
    InquiryStore inquiries;
    InquiryMessages messages;
    InquiryNotes notes;
    ChangeFeedStore feed;
    InquiryOwnership ownership;
    RetentionPolicyStore retention;
    DeletionRecommendations recommendations;
    DeletionStore deletions;
    DeletionLog deletionLog;
    ReportStore reports;
    AccountLinkStore links;
    MailOutboxStore outbox;
    TwoFactorStore twoFactor;
    CustomerWriteLog writes;
};

} // namespace confidant::server
