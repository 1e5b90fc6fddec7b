#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace confidant::client {

// Who is signed in, to which server, and until when the certificate is valid: what the window shows about the
// advisor's own account.
struct AdvisorAccount {
    Q_DECLARE_TR_FUNCTIONS(AdvisorAccount)
public:
    static constexpr qint64 warningDays = 30;

    QString login;
    QString displayName;
    QString teamName;
    QUrl server;
    QDateTime certificateExpires;
    QString certificateFingerprint; // SHA-256, hex
    qint64 advisorId = 0; // to tell the advisor's own inquiries from their colleagues'; 0 until the server is asked
    bool teamLead = false; // a lead also sets and ends the absences of their team
    qint64 teamId = 0;     // 0 until the server is asked

    qint64 daysLeft(const QDateTime &now) const { return now.daysTo(certificateExpires); }
    // Empty while the certificate is valid for more than `warningDays`; otherwise what to do about it.
    QString expiryWarning(const QDateTime &now) const;
};

} // namespace confidant::client
