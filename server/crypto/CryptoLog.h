#pragma once

#include <QLoggingCategory>

namespace confidant::server {

// confidant.crypto: never a key, a plaintext or a ciphertext; ids, epochs and paths only.
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)

} // namespace confidant::server
