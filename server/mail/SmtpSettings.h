#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace confidant::server {

// Where mail goes: one relay, always over STARTTLS (a relay that does not offer it gets nothing), TLS 1.2 or
// newer, its certificate checked against the system's CAs or the one given with --smtp-ca.
struct SmtpSettings {
    QString host;
    quint16 port = 587;
    QString user;         // empty: no AUTH
    QString password;
    QString from;         // the envelope and header sender, e.g. no-reply@bank.example
    QString heloName = QStringLiteral("confidant");
    QList<QSslCertificate> caCertificates; // empty: the system's
    std::chrono::seconds timeout{30};      // for each step of the conversation

    // smtp://[user:password@]host[:port]; nullopt with a message for the person who typed it.
    static std::optional<SmtpSettings> fromUrl(const QUrl &url, QString *error);
};

} // namespace confidant::server
