#pragma once

#include <QLoggingCategory>

namespace confidant::server {

Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace confidant::server
