#include "service/ServiceLog.h"

namespace confidant::server {

Q_LOGGING_CATEGORY(lcService, "confidant.service")

} // namespace confidant::server
