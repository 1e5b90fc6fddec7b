#include "crypto/CryptoLog.h"

namespace confidant::server {

Q_LOGGING_CATEGORY(lcCrypto, "confidant.crypto")

} // namespace confidant::server
