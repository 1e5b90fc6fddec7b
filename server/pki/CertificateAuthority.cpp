#include "pki/CertificateAuthority.h"

#include <cstring>

#include <QCryptographicHash>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace confidant::server {
namespace {

template<auto Free>
struct Deleter {
    template<typename T>
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;

QString opensslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(buffer));
}

template<typename T>
std::optional<T> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

KeyPtr newKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

bool setRandomSerial(X509 *cert)
{
    std::unique_ptr<BIGNUM, Deleter<BN_free>> serial(BN_new());
    if (!serial || !BN_rand(serial.get(), 128, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY))
        return false;
    return BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool addName(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!extension)
        return false;
    const bool ok = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

// A certificate skeleton: validity from `now` for `days`, subject, public key; the caller adds extensions and signs.
CertPtr newCertificate(EVP_PKEY *key, const QDateTime &now, int days, const QString &commonName, const QString &organisation)
{
    CertPtr cert(X509_new());
    if (!cert || !X509_set_version(cert.get(), 2) || !setRandomSerial(cert.get()))
        return nullptr;
    time_t start = time_t(now.toSecsSinceEpoch()) - 300; // tolerate small clock differences between machines
    if (!X509_time_adj_ex(X509_getm_notBefore(cert.get()), 0, 0, &start)
        || !X509_time_adj_ex(X509_getm_notAfter(cert.get()), days, 0, &start))
        return nullptr;
    X509_NAME *subject = X509_get_subject_name(cert.get());
    if (!addName(subject, "CN", commonName) || (!organisation.isEmpty() && !addName(subject, "O", organisation)))
        return nullptr;
    if (!X509_set_pubkey(cert.get(), key))
        return nullptr;
    return cert;
}

QByteArray certificateToPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioContents(bio.get());
}

QByteArray keyToPem(EVP_PKEY *key, const QByteArray &passphrase)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    const EVP_CIPHER *cipher = passphrase.isEmpty() ? nullptr : EVP_aes_256_cbc();
    PEM_write_bio_PrivateKey(bio.get(), key, cipher, reinterpret_cast<const unsigned char *>(passphrase.constData()),
                             int(passphrase.size()), nullptr, nullptr);
    return bioContents(bio.get());
}

// The passphrase given, or none: never OpenSSL's default, which would prompt at the terminal by itself.
int givenPassphrase(char *buffer, int size, int, void *given)
{
    const QByteArray &passphrase = *static_cast<const QByteArray *>(given);
    if (passphrase.isEmpty() || passphrase.size() > size)
        return -1;
    std::memcpy(buffer, passphrase.constData(), size_t(passphrase.size()));
    return int(passphrase.size());
}

QString organisationOf(X509 *cert)
{
    char buffer[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_organizationName, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

} // namespace

struct CertificateAuthority::Keys {
    KeyPtr key;
    CertPtr certificate;
};

CertificateAuthority::CertificateAuthority(std::unique_ptr<Keys> keys) : m_keys(std::move(keys)) {}
CertificateAuthority::~CertificateAuthority() = default;
CertificateAuthority::CertificateAuthority(CertificateAuthority &&) noexcept = default;
CertificateAuthority &CertificateAuthority::operator=(CertificateAuthority &&) noexcept = default;

std::optional<CertificateAuthority> CertificateAuthority::create(const QString &organisation, const QDateTime &now, QString *error)
{
    auto keys = std::make_unique<Keys>();
    keys->key = newKey();
    if (!keys->key)
        return fail<CertificateAuthority>(error, opensslError("cannot create the CA key"));
    keys->certificate = newCertificate(keys->key.get(), now, 3650, organisation + QStringLiteral(" Confidant CA"), organisation);
    X509 *cert = keys->certificate.get();
    if (!cert || !X509_set_issuer_name(cert, X509_get_subject_name(cert))
        || !addExtension(cert, cert, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(cert, cert, NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(cert, cert, NID_subject_key_identifier, "hash")
        || !X509_sign(cert, keys->key.get(), EVP_sha256()))
        return fail<CertificateAuthority>(error, opensslError("cannot create the CA certificate"));
    return CertificateAuthority(std::move(keys));
}

std::optional<CertificateAuthority> CertificateAuthority::load(const QByteArray &certificatePem, const QByteArray &privateKeyPem,
                                                               const QByteArray &passphrase, QString *error)
{
    auto keys = std::make_unique<Keys>();
    BioPtr certBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    keys->certificate.reset(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!keys->certificate)
        return fail<CertificateAuthority>(error, QStringLiteral("the CA certificate file is not a PEM certificate"));
    BioPtr keyBio(BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())));
    QByteArray pass = passphrase;
    keys->key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, givenPassphrase, &pass));
    ERR_clear_error();
    if (!keys->key)
        return fail<CertificateAuthority>(error, QStringLiteral("cannot read the CA key: wrong passphrase or not a PEM key"));
    if (X509_check_private_key(keys->certificate.get(), keys->key.get()) != 1)
        return fail<CertificateAuthority>(error, QStringLiteral("the CA key does not belong to the CA certificate"));
    return CertificateAuthority(std::move(keys));
}

QByteArray CertificateAuthority::certificatePem() const
{
    return certificateToPem(m_keys->certificate.get());
}

QByteArray CertificateAuthority::privateKeyPem(const QByteArray &passphrase) const
{
    return keyToPem(m_keys->key.get(), passphrase);
}

std::optional<IssuedCertificate> CertificateAuthority::issueServerCertificate(const QStringList &dnsNames,
                                                                              const QList<QHostAddress> &addresses,
                                                                              const QDateTime &now, QString *error) const
{
    QStringList alternativeNames;
    for (const QString &name : dnsNames)
        alternativeNames << QStringLiteral("DNS:") + name;
    for (const QHostAddress &address : addresses)
        alternativeNames << QStringLiteral("IP:") + address.toString();
    if (alternativeNames.isEmpty())
        return fail<IssuedCertificate>(error, QStringLiteral("a server certificate needs at least one host name or IP address"));
    KeyPtr key = newKey();
    const QString commonName = dnsNames.isEmpty() ? addresses.first().toString() : dnsNames.first();
    CertPtr cert = key ? newCertificate(key.get(), now, 730, commonName, organisationOf(m_keys->certificate.get())) : nullptr;
    X509 *ca = m_keys->certificate.get();
    if (!cert || !X509_set_issuer_name(cert.get(), X509_get_subject_name(ca))
        || !addExtension(cert.get(), ca, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), ca, NID_key_usage, "critical,digitalSignature,keyAgreement")
        || !addExtension(cert.get(), ca, NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), ca, NID_subject_alt_name, alternativeNames.join(QLatin1Char(',')).toUtf8())
        || !X509_sign(cert.get(), m_keys->key.get(), EVP_sha256()))
        return fail<IssuedCertificate>(error, opensslError("cannot issue the server certificate"));
    return IssuedCertificate{certificateToPem(cert.get()), keyToPem(key.get(), {})};
}

std::optional<IssuedCertificate> CertificateAuthority::issueClientCertificate(const QString &login, const QDateTime &now,
                                                                              QString *error) const
{
    KeyPtr key = newKey();
    CertPtr cert = key ? newCertificate(key.get(), now, 365, login, organisationOf(m_keys->certificate.get())) : nullptr;
    X509 *ca = m_keys->certificate.get();
    if (!cert || !X509_set_issuer_name(cert.get(), X509_get_subject_name(ca))
        || !addExtension(cert.get(), ca, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), ca, NID_key_usage, "critical,digitalSignature")
        || !addExtension(cert.get(), ca, NID_ext_key_usage, "clientAuth")
        || !X509_sign(cert.get(), m_keys->key.get(), EVP_sha256()))
        return fail<IssuedCertificate>(error, opensslError("cannot issue the advisor certificate"));
    return IssuedCertificate{certificateToPem(cert.get()), keyToPem(key.get(), {})};
}

std::optional<QByteArray> CertificateAuthority::exportPkcs12(const IssuedCertificate &issued, const QByteArray &passphrase,
                                                             const QString &friendlyName, QString *error) const
{
    if (passphrase.size() < 8)
        return fail<QByteArray>(error, QStringLiteral("the PKCS#12 passphrase must have at least 8 characters"));
    BioPtr certBio(BIO_new_mem_buf(issued.certificatePem.constData(), int(issued.certificatePem.size())));
    CertPtr cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    BioPtr keyBio(BIO_new_mem_buf(issued.privateKeyPem.constData(), int(issued.privateKeyPem.size())));
    KeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!cert || !key)
        return fail<QByteArray>(error, QStringLiteral("the certificate or key to export is unreadable"));
    STACK_OF(X509) *chain = sk_X509_new_null();
    sk_X509_push(chain, X509_dup(m_keys->certificate.get()));
    const QByteArray name = friendlyName.toUtf8();
    // OpenSSL 3 defaults: AES-256-CBC with PBKDF2 and a SHA-256 MAC.
    PKCS12 *p12 = PKCS12_create(passphrase.constData(), name.constData(), key.get(), cert.get(), chain, 0, 0, 0, 0, 0);
    sk_X509_pop_free(chain, X509_free);
    if (!p12)
        return fail<QByteArray>(error, opensslError("cannot create the PKCS#12 file"));
    BioPtr out(BIO_new(BIO_s_mem()));
    i2d_PKCS12_bio(out.get(), p12);
    PKCS12_free(p12);
    return bioContents(out.get());
}

QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace confidant::server
