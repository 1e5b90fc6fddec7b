#include "CredentialStore.h"

#include <qt6keychain/keychain.h>

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

CredentialStore::CredentialStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) {}

void CredentialStore::writePassphrase(const QString &account, const QString &passphrase, Done done)
{
    auto *job = prepare<QKeychain::WritePasswordJob>(m_service, account, this);
    job->setTextData(passphrase);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError, finished->error() == QKeychain::NoError ? QString() : keychainError(finished));
    });
    job->start();
}

void CredentialStore::readPassphrase(const QString &account, Done done)
{
    auto *job = prepare<QKeychain::ReadPasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        const bool ok = finished->error() == QKeychain::NoError;
        done(ok, ok ? static_cast<QKeychain::ReadPasswordJob *>(finished)->textData() : keychainError(finished));
    });
    job->start();
}

void CredentialStore::deletePassphrase(const QString &account, Done done)
{
    auto *job = prepare<QKeychain::DeletePasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError, finished->error() == QKeychain::NoError ? QString() : keychainError(finished));
    });
    job->start();
}

} // namespace confidant::client
