#include "mail/MailLog.h"

Q_LOGGING_CATEGORY(lcMail, "confidant.mail")
