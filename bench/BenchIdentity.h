#pragma once

#include "AdvisorIdentity.h"

#include <optional>

// The advisor's identity from a PKCS#12 file, as the client benchmarks sign in; nullopt after saying why on stderr.
std::optional<confidant::client::AdvisorIdentity> benchIdentity(const QString &p12File, const QString &passphrase);
