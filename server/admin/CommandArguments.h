#pragma once

#include <QCommandLineOption>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace confidant::server {

// Arguments read by QCommandLineParser against the options a command declares: a bare flag (--lead) or an option
// with a value (--team TEAM, which may be given more than once), and the positional rest. Both confidant-admin's
// global options and each command's own are read this way.
class CommandArguments {
public:
    enum class Options {
        Anywhere,           // a command's options may stand before, between or after its positional arguments
        BeforeFirstPositional // the global options: the first positional is the command, and all after it its own
    };

    static QCommandLineOption flag(const QString &name);
    static QCommandLineOption withValue(const QString &name);

    // `arguments` without the program's name. nullopt with `error` naming the option when one is unknown, lacks its
    // value or has one it does not take.
    static std::optional<CommandArguments> parse(const QStringList &arguments, const QList<QCommandLineOption> &options,
                                                 Options where, QString *error);

    const QStringList &positional() const { return m_positional; }
    bool isSet(const QString &name) const { return m_values.contains(name); }
    // The first value given (as the tool has always read a repeated option); empty when the option is not given.
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }

private:
    QStringList m_positional;
    QHash<QString, QStringList> m_values; // every option given, by name; a flag with no values
};

} // namespace confidant::server
