#include "CredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

namespace confidant::client {
namespace {

QString keychainError(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoBackendAvailable)
        return CredentialStore::tr("No secure keychain is available. Please unlock your desktop's keyring (for example GNOME Keyring or KWallet) and try again.");
    if (job->error() == QKeychain::EntryNotFound)
        return CredentialStore::tr("The keychain holds no passphrase for this certificate yet.");
    // Locked, or the unlock prompt was dismissed: the advisor can unlock it and press OK again.
    return CredentialStore::tr("The keychain refused access (%1). Unlock your desktop's keyring, then try again.").arg(job->errorString());
}

template<typename JobType>
JobType *prepare(const QString &service, const QString &account, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setKey(account);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QString service, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_service(std::move(service)), m_timeout(timeout)
{
}

// Starts a job and answers exactly once: with its result, or with a message when the keychain stays silent (a
// locked keyring whose unlock prompt nobody can answer would otherwise leave the advisor waiting for ever).
void CredentialStore::run(QKeychain::Job *job, std::function<QString(QKeychain::Job *)> secretOf, Done done)
{
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [answered, done] {
        *answered = true;
        done(false, tr("The keychain did not answer. If it asks for its password, unlock it; then try again."));
    });
    connect(job, &QKeychain::Job::finished, this, [answered, secretOf, done](QKeychain::Job *finished) {
        if (*answered)
            return;
        *answered = true;
        const bool ok = finished->error() == QKeychain::NoError;
        done(ok, ok ? secretOf(finished) : keychainError(finished));
    });
    timer->start(m_timeout);
    job->start();
}

void CredentialStore::writePassphrase(const QString &account, const QString &passphrase, Done done)
{
    auto *job = prepare<QKeychain::WritePasswordJob>(m_service, account, this);
    job->setTextData(passphrase);
    run(job, [](QKeychain::Job *) { return QString(); }, std::move(done));
}

void CredentialStore::readPassphrase(const QString &account, Done done)
{
    auto *job = prepare<QKeychain::ReadPasswordJob>(m_service, account, this);
    run(job, [](QKeychain::Job *finished) { return static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(); }, std::move(done));
}

void CredentialStore::deletePassphrase(const QString &account, Done done)
{
    auto *job = prepare<QKeychain::DeletePasswordJob>(m_service, account, this);
    run(job, [](QKeychain::Job *) { return QString(); }, std::move(done));
}

} // namespace confidant::client
