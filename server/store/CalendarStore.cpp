#include "store/CalendarStore.h"

#include "store/Database.h"
#include "store/InquiryRenumbering.h"
#include "store/StoreLog.h"
#include "wire/WireFormat.h"

#include <QSqlQuery>

namespace confidant::server {

CalendarStore::CalendarStore(Database &database) : m_database(database) {}

Result<WorkingCalendar> CalendarStore::load() const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT calendar::text FROM working_calendar")) || !query.next())
        return unavailable();
    QString error;
    const std::optional<QJsonObject> json = wire::parseObject(query.value(0).toString().toUtf8(), &error);
    const std::optional<WorkingCalendar> calendar = json ? wire::workingCalendarFromJson(*json, &error) : std::nullopt;
    if (!calendar) {
        // Only a hand edit of the row gets here; counting against a made-up calendar would mislead everyone.
        qCWarning(lcStore) << "the stored working calendar is refused:" << error;
        return unavailable();
    }
    return *calendar;
}

Result<Done> CalendarStore::save(const WorkingCalendar &calendar, const QDateTime &now)
{
    const QString text = QString::fromUtf8(wire::encode(wire::toJson(calendar)));
    return InquiryRenumbering::run(m_database, QStringLiteral("i.state <> 'closed'"), {}, [&] {
        QSqlQuery query(m_database.connection());
        return runQuery(query, QStringLiteral("UPDATE working_calendar SET calendar = ?::jsonb, updated_at = ?"), {text, now.toUTC()})
            ? InquiryRenumbering::Step::Continue
            : InquiryRenumbering::Step::Failed;
    });
}

} // namespace confidant::server
