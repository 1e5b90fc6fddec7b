#pragma once

#include "api/AbsenceRoutes.h"
#include "api/AdvisorGate.h"
#include "api/AdvisorIdentities.h"
#include "api/DeletionRoutes.h"
#include "api/DirectoryRoutes.h"
#include "api/FeedRoutes.h"
#include "api/InquiryRoutes.h"
#include "api/OwnershipRoutes.h"
#include "api/ReportRoutes.h"
#include "store/DatabaseWorkers.h"
#include "time/Clock.h"

namespace confidant::server {

class ChangeNotifier;
struct AdvisorServices;
class AdvisorStore;

struct AdvisorApiSettings {
    FeedSettings feed;
    // Where reports are built: a pool of their own in the server (--report-connections), so they never hold a
    // connection the write path needs. None: on the API's workers.
    Executor reportWorkers;
};

// The advisor API on the mutual-TLS listener (docs/protocol.md): the route classes, one per resource, each behind
// the gate that identifies the advisor from the verified client certificate; nothing in a header or parameter can
// name an advisor. The handlers run on the database workers; parked long-polls on this object's thread (the
// server's), which hears the notifier.
class AdvisorApi {
public:
    AdvisorApi(AdvisorServices &services, AdvisorStore &advisors, const Clock &clock, ChangeNotifier &notifier, Executor workers,
               AdvisorApiSettings settings);
    void registerRoutes(Router &router);

private:
    AdvisorIdentities m_identities;
    AdvisorGate m_gate;
    FeedRoutes m_feed;
    InquiryRoutes m_inquiries;
    OwnershipRoutes m_ownership;
    AbsenceRoutes m_absences;
    DirectoryRoutes m_directory;
    DeletionRoutes m_deletions;
    ReportRoutes m_reports;
};

} // namespace confidant::server
