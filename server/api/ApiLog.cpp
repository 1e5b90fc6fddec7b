#include "api/ApiLog.h"

namespace confidant::server {

Q_LOGGING_CATEGORY(lcApi, "confidant.api")

} // namespace confidant::server
