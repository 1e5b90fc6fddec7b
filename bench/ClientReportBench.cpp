#include "ClientReportBench.h"

#include "BenchIdentity.h"
#include "AdvisorNetworkAccess.h"
#include "ApiClient.h"
#include "ReportService.h"
#include "StatisticsWindow.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace confidant;
using namespace confidant::client;

namespace {

std::optional<AdvisorAccount> signIn(ApiClient &api, const QUrl &server)
{
    std::optional<AdvisorAccount> account;
    QEventLoop answered;
    api.me([&](const ApiResult<AdvisorProfile> &result) {
        if (const auto *p = std::get_if<AdvisorProfile>(&result))
            account = AdvisorAccount{p->login, p->displayName, p->teamName, server, {}, {}, p->id, p->teamLead, p->teamId};
        answered.quit();
    });
    answered.exec();
    return account;
}

struct Shown {
    double ms = 0;      // from the choice to the window drawn with the report
    double fetchMs = 0; // of which until the report had arrived, decoded
    QString failure;
};

// Runs `choose` (which makes the window ask for a report and returns it) and waits until the report is drawn: its
// arrival, the window's handling of it (models, charts), and a full paint of the window.
template<typename Choose>
Shown timeShown(ReportService &service, Choose choose)
{
    Shown shown;
    QElapsedTimer timer;
    QEventLoop arrived;
    const auto ready = QObject::connect(&service, &ReportService::reportReady, &arrived, [&] {
        shown.fetchMs = timer.nsecsElapsed() / 1e6;
        arrived.quit();
    });
    const auto failed = QObject::connect(&service, &ReportService::failed, &arrived, [&](const QString &message) {
        shown.failure = message;
        arrived.quit();
    });
    timer.start();
    QWidget *window = choose();
    arrived.exec();
    QObject::disconnect(ready);
    QObject::disconnect(failed);
    QCoreApplication::processEvents(); // layout after the new report
    window->repaint();
    shown.ms = timer.nsecsElapsed() / 1e6;
    return shown;
}

} // namespace

int runClientReportBench(const QStringList &args)
{
    if (args.size() != 5) {
        qCritical("usage: client_bench report API_URL P12_FILE PASSPHRASE");
        return 2;
    }
    const auto identity = benchIdentity(args[3], args[4]);
    if (!identity)
        return 1;
    SystemClock clock;
    AdvisorNetworkAccess network(*identity);
    ApiClient api(&network, QUrl(args[2]));
    const auto account = signIn(api, QUrl(args[2]));
    if (!account || !account->teamLead) {
        qCritical("the certificate must be a team lead's");
        return 1;
    }
    ReportService service(&api, clock);
    service.setTimeZone(QTimeZone("Europe/Berlin"));

    // The window asks for the company overview of the last 30 days as it opens; then the lead chooses the team report.
    std::unique_ptr<StatisticsWindow> window;
    const Shown overview = timeShown(service, [&] {
        window = std::make_unique<StatisticsWindow>(&service, *account);
        window->resize(1280, 800);
        window->show();
        return window.get();
    });
    auto *scope = window->findChild<QComboBox *>(QStringLiteral("scopeSelector"));
    const int teamReport = scope->findData(int(ReportScope::Kind::TeamReport));
    const auto choose = [&](int index) {
        return [&, index] {
            scope->setCurrentIndex(index);
            return window.get();
        };
    };
    const Shown team = timeShown(service, choose(teamReport));
    // Asked again within the server's cache lifetime, as a lead switching back and forth would.
    timeShown(service, choose(0));
    const Shown again = timeShown(service, choose(teamReport));
    for (const Shown &s : {overview, team, again}) {
        if (!s.failure.isEmpty()) {
            qCritical("%s", qPrintable(s.failure));
            return 1;
        }
    }
    const ActivityReport &report = *window->report();
    const QJsonObject figures{
        {QStringLiteral("overviewShownMs"), overview.ms},
        {QStringLiteral("reportShownMs"), team.ms},
        {QStringLiteral("reportFetchMs"), team.fetchMs},
        {QStringLiteral("cachedReportShownMs"), again.ms},
        {QStringLiteral("reportReceived"), report.totals.received},
        {QStringLiteral("reportAdvisors"), int(report.advisors.size())},
    };
    printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}
