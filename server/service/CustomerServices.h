#pragma once

#include "service/CustomerAccounts.h"
#include "service/CustomerExport.h"
#include "service/CustomerMailbox.h"
#include "service/Deletions.h"
#include "service/TwoFactor.h"
#include "store/Stores.h"
#include "time/Clock.h"

namespace confidant::server {

class PasswordHasher;

// The services the customer pages call, made once over the stores by the composition root.
struct CustomerServices {
    // `serviceName`: what customers' authenticator apps show beside the codes.
    CustomerServices(Stores &stores, const Clock &clock, const PasswordHasher &hasher, MailboxLimits limits = {},
                     const QString &serviceName = QStringLiteral("Confidant"))
        : accounts(stores.customers, stores.links, stores.outbox, clock, hasher),
          mailbox(stores.inquiries, stores.messages, stores.reads, stores.calendar, stores.topics, stores.writes, clock, limits),
          exports(stores.customers, stores.inquiries, stores.messages, clock),
          deletions(stores.recommendations, stores.deletions, stores.deletionLog, clock), retention(stores.retention),
          twoFactor(stores.twoFactor, clock, serviceName)
    {
    }
    CustomerServices(const CustomerServices &) = delete;
    CustomerServices &operator=(const CustomerServices &) = delete;

    CustomerAccounts accounts;
    CustomerMailbox mailbox;
    CustomerExport exports;
    Deletions deletions;
    RetentionPolicyStore &retention; // what the privacy page states: read as stored, nothing to decide
    TwoFactor twoFactor;
};

} // namespace confidant::server
