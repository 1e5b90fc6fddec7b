#include "web/PasswordWork.h"

namespace confidant::server {

void PasswordWork::sendBusy(PageExchange &x)
{
    m_responder.sendErrorText(x, 429, m_responder.text(x, QT_TRANSLATE_NOOP("Web", "A password check for this account is still running. Please try again in a moment.")),
                              {{"Retry-After", "1"}});
}

void PasswordWork::sendFull(PageExchange &x)
{
    m_responder.sendErrorText(x, 503, m_responder.text(x, QT_TRANSLATE_NOOP("Web", "Too many people are signing in right now. Please try again in a minute.")),
                              {{"Retry-After", "60"}});
}

} // namespace confidant::server
