#include "mail/SmtpSettings.h"

namespace confidant::server {

std::optional<SmtpSettings> SmtpSettings::fromUrl(const QUrl &url, QString *error)
{
    if (!url.isValid() || url.scheme() != QLatin1String("smtp") || url.host().isEmpty()) {
        *error = QStringLiteral("--smtp-url must look like smtp://[user:password@]relay.example:587 (STARTTLS is always required).");
        return std::nullopt;
    }
    SmtpSettings settings;
    settings.host = url.host();
    settings.port = quint16(url.port(587));
    settings.user = url.userName(QUrl::FullyDecoded);
    settings.password = url.password(QUrl::FullyDecoded);
    return settings;
}

} // namespace confidant::server
