#include "admin/CalendarCommands.h"

#include "admin/AdminSession.h"
#include "admin/CommandArguments.h"
#include "store/CalendarStore.h"
#include "wire/CalendarWire.h"
#include "wire/JsonReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace confidant::server {

CalendarCommands::CalendarCommands(AdminSession &session) : m_session(session) {}

int CalendarCommands::setCalendar(const CommandArguments &arguments)
{
    if (arguments.positional().size() != 1)
        return m_session.usage(QStringLiteral("set-calendar takes a JSON file (- for standard input): "
                                              "{\"timeZone\":\"Europe/Berlin\",\"hours\":{\"mon\":[\"08:00\",\"17:00\"],...,\"sun\":null},"
                                              "\"holidays\":[\"2026-12-25\"]}"));
    const QString name = arguments.positional().first();
    const bool fromInput = name == QLatin1String("-");
    QFile file(name);
    if (!fromInput)
        file.open(QIODevice::ReadOnly);
    QIODevice &source = fromInput ? m_session.input() : static_cast<QIODevice &>(file);
    if (!source.isReadable())
        return m_session.fail(QStringLiteral("cannot read %1: %2").arg(name, source.errorString()));
    QString error;
    const std::optional<QJsonObject> json = wire::parseObject(source.read(64 * 1024), &error);
    const std::optional<WorkingCalendar> calendar = json ? wire::workingCalendarFromJson(*json, &error) : std::nullopt;
    if (!calendar)
        return m_session.fail(QStringLiteral("the calendar is refused: %1").arg(error));
    if (!m_session.openDatabase())
        return 1;
    if (const auto saved = CalendarStore(m_session.database()).save(*calendar, m_session.now()); !saved)
        return m_session.fail(saved.error().message);
    m_session.out() << "working calendar set: " << calendar->timeZone().id() << ", " << calendar->holidays().size() << " holidays" << Qt::endl;
    return 0;
}

int CalendarCommands::showCalendar(const CommandArguments &)
{
    if (!m_session.openDatabase())
        return 1;
    const auto calendar = CalendarStore(m_session.database()).load();
    if (!calendar)
        return m_session.fail(calendar.error().message);
    m_session.out() << QJsonDocument(wire::toJson(calendar.value())).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace confidant::server
