#pragma once

#include "domain/Inquiry.h"
#include "domain/Message.h"
#include "store/StoreError.h"
#include "time/Clock.h"
#include "time/WorkingCalendar.h"
#include "validation/FieldError.h"
#include "web/LocalTimeFormatter.h"
#include "web/PageExchange.h"
#include "web/PageRenderer.h"
#include "web/WebTranslator.h"

#include <QList>
#include <QPair>

namespace confidant::server {

class CustomerMailbox;

using ExtraHeaders = QList<QPair<QByteArray, QByteArray>>;

// How every customer page answers (docs/architecture.md, "Customer pages"): a rendered page with the site's
// headers (CSP, frame and language), the error pages, the page shown while the database is away, redirects; and
// the words and values pages share — translated texts, times in the company's zone, a form's values and errors, an
// inquiry's line in a list. Pages pass what to show; the responder knows how it is shown.
class PageResponder {
public:
    PageResponder(const Clock &clock, QTimeZone timeZone, CustomerMailbox &mailbox);
    // The company allows anonymous counselling: every page's data says so ("pseudonyms"), so the sign-in, registration
    // and password pages offer the pseudonym's way.
    void allowPseudonyms(bool allowed) { m_pseudonyms = allowed; }

    void sendPage(PageExchange &x, int status, const QString &page, PageData data, const char *title, const ExtraHeaders &headers = {});
    void sendError(PageExchange &x, int status, const char *message);
    void sendErrorText(PageExchange &x, int status, const QString &message, const ExtraHeaders &headers = {});
    // 503 while the database is away; a mailbox form's text comes back with it, ready to be sent again.
    void sendUnavailable(PageExchange &x);
    // 429 with the time (in the customer's zone) and Retry-After: the sign-in throttle holds this attempt back.
    void sendTooManyAttempts(PageExchange &x, const QDateTime &until);
    // Retry-After for a refusal that ends at `until` (429): at least a second.
    ExtraHeaders retryAfter(const QDateTime &until) const;
    // NotFound → 404 (someone else's inquiry looks the same as none), anything else → sendUnavailable.
    void sendServiceError(PageExchange &x, const ServiceError &error);
    void redirect(PageExchange &x, const QByteArray &location, bool clearCookie = false);

    // The topic a link from the company's website asked for, carried through registration, sign-in and the
    // agreement until the inquiry form preselects it; only a well-formed key travels.
    static QString linkedTopic(const PageExchange &x);
    static QByteArray withLinkedTopic(const QByteArray &path, const PageExchange &x);
    static QByteArray afterAgreement(const PageExchange &x);

    PageData formData(const PageExchange &x, const QStringList &fields, const FieldErrors &errors) const;
    PageData inquiryData(const PageExchange &x, const Inquiry &inquiry, bool newAnswer, const WorkingCalendar *calendar) const;
    PageData messageData(const PageExchange &x, const Message &message) const;
    // The inquiries with an answer the customer has not opened, looked up once per page.
    const QSet<qint64> &newAnswers(PageExchange &x) const;

    QString text(const PageExchange &x, const char *source, int n = -1) const;
    QString timeText(const PageExchange &x, const QDateTime &time) const;
    const PageRenderer &renderer() const { return m_renderer; }

private:
    QString message(const PageExchange &x, const QString &source) const;
    QString openFor(const PageExchange &x, const QDateTime &since) const;
    QString promise(const PageExchange &x, const Inquiry &inquiry, const WorkingCalendar *calendar) const;
    PageData resendForm(const PageExchange &x) const;

    const Clock &m_clock;
    CustomerMailbox &m_mailbox;
    WebTranslator m_translator;
    LocalTimeFormatter m_times;
    PageRenderer m_renderer;
    bool m_pseudonyms = false;
};

// Text for a template: mustache takes std::string.
inline std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace confidant::server
