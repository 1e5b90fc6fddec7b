#include "store/CalendarStore.h"

#include "store/Database.h"
#include "store/InquiryRenumbering.h"
#include "store/SqlStatement.h"
#include "store/StoreLog.h"
#include "wire/CalendarWire.h"
#include "wire/JsonReader.h"


namespace confidant::server {

CalendarStore::CalendarStore(Database &database) : m_database(database) {}

Result<WorkingCalendar> CalendarStore::load() const
{
    const auto stored = SqlStatement(m_database, QStringLiteral("SELECT calendar::text FROM working_calendar"))
                            .oneRow([](const SqlRow &row) { return row.text(0); }, unavailable());
    if (!stored)
        return stored.error();
    QString error;
    const std::optional<QJsonObject> json = wire::parseObject(stored.value().toUtf8(), &error);
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
    return InquiryRenumbering::run(m_database, QStringLiteral("i.state <> 'closed'"), [](SqlStatement &) {}, [&] {
        return SqlStatement(m_database, QStringLiteral("UPDATE working_calendar SET calendar = :calendar::jsonb, updated_at = :now"))
                       .bind(QStringLiteral("calendar"), text)
                       .bind(QStringLiteral("now"), now)
                       .run()
            ? InquiryRenumbering::Step::Continue
            : InquiryRenumbering::Step::Failed;
    });
}

} // namespace confidant::server
