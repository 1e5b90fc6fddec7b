#pragma once

#include "service/AbsencePlanning.h"
#include "service/ActivityReports.h"
#include "service/AdvisorDirectory.h"
#include "service/AdvisorInquiries.h"
#include "service/Deletions.h"
#include "service/InquiryMoves.h"
#include "store/Stores.h"
#include "time/Clock.h"

namespace confidant::server {

// The services the advisor API calls, made once over the stores by the composition root.
struct AdvisorServices {
    AdvisorServices(Stores &stores, const Clock &clock, const QString &company)
        : inquiries(stores.inquiries, stores.messages, stores.notes, stores.feed, clock), moves(stores.ownership, stores.advisors, clock),
          absences(stores.absences, clock), directory(stores.advisors, absences, stores.topics, stores.calendar),
          deletions(stores.recommendations, stores.deletions, stores.deletionLog, clock), reports(stores.reports, clock, company)
    {
    }
    AdvisorServices(const AdvisorServices &) = delete;
    AdvisorServices &operator=(const AdvisorServices &) = delete;

    AdvisorInquiries inquiries;
    InquiryMoves moves;
    AbsencePlanning absences;
    AdvisorDirectory directory;
    Deletions deletions;
    ActivityReports reports;
};

} // namespace confidant::server
