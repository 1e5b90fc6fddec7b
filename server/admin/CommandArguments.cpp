#include "admin/CommandArguments.h"

#include <QCommandLineParser>

namespace confidant::server {
namespace {

QString describeError(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty())
        return QStringLiteral("unknown option %1%2").arg(unknown.first().size() == 1 ? QStringLiteral("-") : QStringLiteral("--"),
                                                         unknown.first());
    // The parser's own sentence ("Missing value after '--team'."), fitted into the tool's lower-case messages.
    QString text = parser.errorText();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text;
}

} // namespace

QCommandLineOption CommandArguments::flag(const QString &name)
{
    return QCommandLineOption(name);
}

QCommandLineOption CommandArguments::withValue(const QString &name)
{
    return QCommandLineOption(name, QString(), name.toUpper());
}

std::optional<CommandArguments> CommandArguments::parse(const QStringList &arguments, const QList<QCommandLineOption> &options,
                                                        Options where, QString *error)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(where == Options::Anywhere ? QCommandLineParser::ParseAsOptions
                                                                             : QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions(options);
    // The parser skips the first argument as the program's name.
    if (!parser.parse(QStringList{QStringLiteral("confidant-admin")} + arguments)) {
        *error = describeError(parser);
        return std::nullopt;
    }
    CommandArguments parsed;
    parsed.m_positional = parser.positionalArguments();
    for (const QCommandLineOption &option : options) {
        if (parser.isSet(option))
            parsed.m_values.insert(option.names().constFirst(), parser.values(option));
    }
    return parsed;
}

} // namespace confidant::server
