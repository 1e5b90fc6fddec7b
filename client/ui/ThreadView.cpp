#include "ThreadView.h"

#include "AbsenceModel.h"
#include "InquiryModel.h"
#include "Palette.h"
#include "validation/Validation.h"
#include "wire/WireFormat.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace confidant::client {

ThreadView::ThreadView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_details(new QLabel), m_ownership(new QLabel), m_moveRow(new QHBoxLayout), m_moveError(new QLabel), m_messages(new QTextBrowser), m_editorLabel(new QLabel(tr("&Reply to the customer:"))),
      m_editor(new QPlainTextEdit), m_send(new QPushButton(tr("&Send reply"))), m_error(new QLabel), m_sent(new QLabel),
      m_noteEditor(new QPlainTextEdit), m_addNote(new QPushButton(tr("Add internal &note"))), m_noteError(new QLabel)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::secondaryText.name()));
    m_ownership->setTextFormat(Qt::PlainText);
    m_ownership->setObjectName(QStringLiteral("ownership"));
    // On a line of its own and wrapped, with the buttons below: in one row, the German texts would take the queue's width.
    m_ownership->setWordWrap(true);
    m_moveRow->addStretch(1);
    m_messages->setOpenLinks(false);
    m_messages->setAccessibleName(tr("Messages"));
    m_editorLabel->setBuddy(m_editor);
    m_editor->setPlaceholderText(tr("Write your reply to the customer…"));
    m_editor->setAccessibleName(tr("Reply"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(140);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Send the reply (%1)").arg(m_send->shortcut().toString(QKeySequence::NativeText)));
    for (QLabel *label : {m_error, m_sent, m_moveError}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->hide();
    }
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::errorText.name()));
    m_error->setObjectName(QStringLiteral("replyError"));
    m_moveError->setStyleSheet(m_error->styleSheet());
    m_moveError->setObjectName(QStringLiteral("moveError"));
    m_sent->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::successText.name()));
    m_sent->setObjectName(QStringLiteral("replySent"));
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_sent, 1);
    sendRow->addWidget(m_send, 0, Qt::AlignRight | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_ownership);
    layout->addLayout(m_moveRow);
    layout->addWidget(m_moveError);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_editorLabel);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    layout->addLayout(sendRow);
    layout->addLayout(noteRow());
    layout->addWidget(m_noteError);
    setTabOrder(m_messages, m_editor);
    setTabOrder(m_editor, m_send);
    setTabOrder(m_send, m_noteEditor);
    setTabOrder(m_noteEditor, m_addNote);
    connect(m_send, &QPushButton::clicked, this, &ThreadView::send);
    connect(m_addNote, &QPushButton::clicked, this, &ThreadView::addNote);
    clear();
}

// A short editor of its own, apart from the reply, so a note is never sent to the customer by mistake.
QLayout *ThreadView::noteRow()
{
    m_noteEditor->setObjectName(QStringLiteral("noteEditor"));
    m_noteEditor->setPlaceholderText(tr("Internal note – only advisors see this…"));
    m_noteEditor->setAccessibleName(tr("Internal note"));
    m_noteEditor->setTabChangesFocus(true);
    m_noteEditor->setMaximumHeight(60);
    m_noteEditor->setStyleSheet(QStringLiteral("QPlainTextEdit { background: %1; color: %2; border: 1px solid %3; }")
                                    .arg(Palette::internalNote.name(), Palette::text.name(), Palette::internalNoteBorder.name()));
    m_addNote->setObjectName(QStringLiteral("addNote"));
    m_addNote->setToolTip(tr("Save the note with the thread. The customer never sees it."));
    m_noteError->setObjectName(QStringLiteral("noteError"));
    m_noteError->setWordWrap(true);
    m_noteError->setTextFormat(Qt::PlainText);
    m_noteError->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::errorText.name()));
    m_noteError->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_noteEditor, 1);
    row->addWidget(m_addNote, 0, Qt::AlignTop);
    return row;
}

void ThreadView::clear()
{
    m_inquiryId = 0;
    m_title->setText(tr("No inquiry selected"));
    m_details->setText(tr("Choose an inquiry in the queue to read it and reply."));
    m_messages->clear();
    m_ownership->clear();
    m_moveError->hide();
    for (QWidget *input : {static_cast<QWidget *>(m_editor), static_cast<QWidget *>(m_send), static_cast<QWidget *>(m_noteEditor),
                           static_cast<QWidget *>(m_addNote)})
        input->setEnabled(false);
    m_sent->hide();
    m_error->hide();
    m_noteError->hide();
}

void ThreadView::showHeader(const Inquiry &inquiry)
{
    if (inquiry.id != m_inquiryId) {
        m_editor->clear();
        m_noteEditor->clear();
        m_noteError->hide();
        m_error->hide();
        m_sent->hide();
        m_moveError->hide();
    }
    m_inquiryId = inquiry.id;
    m_title->setText(inquiry.subject);
    m_details->setText(tr("%1 · %2").arg(inquiry.customerName, inquiry.topicTitle));
    m_ownership->setText(ownershipText(inquiry));
    for (QWidget *input : {static_cast<QWidget *>(m_editor), static_cast<QWidget *>(m_send), static_cast<QWidget *>(m_noteEditor),
                           static_cast<QWidget *>(m_addNote)})
        input->setEnabled(true);
}

void ThreadView::showLoading(const Inquiry &inquiry)
{
    const bool other = inquiry.id != m_inquiryId;
    showHeader(inquiry);
    if (other)
        m_messages->setPlainText(tr("Loading the messages…"));
}

void ThreadView::showLoadFailed(const Inquiry &inquiry, const QString &message)
{
    showHeader(inquiry);
    m_messages->setPlainText(tr("The messages could not be loaded: %1").arg(message));
}

void ThreadView::setMoveActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_moveRow->insertWidget(m_moveRow->count() - 1, button);
    }
}

QString ThreadView::ownershipText(const Inquiry &inquiry) const
{
    if (inquiry.state == InquiryState::Closed)
        return inquiry.closedAt ? tr("Closed on %1.").arg(QLocale().toString(inquiry.closedAt->toLocalTime(), QLocale::ShortFormat)) : tr("Closed.");
    if (InquiryModel::isHeld(inquiry))
        return InquiryModel::heldNote(inquiry.heldForAdvisorName);
    if (!inquiry.assignedAdvisorId)
        return tr("In the queue: nobody has claimed it yet.");
    return *inquiry.assignedAdvisorId == m_advisorId ? tr("Yours: you are handling it.") : tr("A colleague is handling it.");
}

void ThreadView::showThread(const Inquiry &inquiry, const QList<Message> &messages, const QList<InquiryEvent> &events,
                            const QList<InquiryNote> &notes)
{
    showHeader(inquiry);
    // Everything by time; at the same moment a message first (it caused the event), then notes, then events.
    struct Entry {
        QDateTime at;
        int rank;
        QString html;
    };
    QList<Entry> entries;
    for (const Message &message : messages)
        entries.append({message.createdAt, 0, messageHtml(message)});
    for (const InquiryNote &note : notes)
        entries.append({note.at, 1, noteHtml(note)});
    for (const InquiryEvent &event : events)
        entries.append({event.at, 2, eventHtml(event)});
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.at != b.at ? a.at < b.at : a.rank < b.rank; });
    QString html;
    for (const Entry &entry : entries)
        html += entry.html;
    m_messages->setHtml(html);
}

// Customer text is escaped before it becomes rich text: it can only ever show as text.
QString ThreadView::messageHtml(const Message &message)
{
    const bool advisor = message.author == MessageAuthor::Advisor;
    return QStringLiteral("<div style='margin:6px 0; padding:6px 8px; background:%1; color:%2;'><b>%3</b> "
                          "<span style='color:%4'>%5</span><br>%6</div>")
        .arg((advisor ? Palette::advisorMessage : Palette::customerMessage).name(), Palette::text.name(),
             (advisor ? message.authorName : tr("Customer")).toHtmlEscaped(), Palette::secondaryText.name(),
             QLocale().toString(message.createdAt.toLocalTime(), QLocale::ShortFormat),
             message.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

// Marked on every note, so a note is never read as something the customer was told.
QString ThreadView::noteHtml(const InquiryNote &note)
{
    const QString author = note.authorName.isEmpty() ? tr("A former colleague") : note.authorName;
    return QStringLiteral("<div style='margin:6px 0; padding:6px 8px; background:%1; color:%2; border-left:4px solid %3;'>"
                          "<b>%4</b><br><b>%5</b> <span style='color:%6'>%7</span><br>%8</div>")
        .arg(Palette::internalNote.name(), Palette::text.name(), Palette::internalNoteBorder.name(),
             tr("Internal note – only advisors see this").toHtmlEscaped(), author.toHtmlEscaped(), Palette::secondaryText.name(),
             QLocale().toString(note.at.toLocalTime(), QLocale::ShortFormat), note.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

// Names and notes are typed by people: escaped like messages, never read as markup.
QString ThreadView::eventHtml(const InquiryEvent &event)
{
    const QString text = eventText(event);
    if (text.isEmpty())
        return {};
    const QString line = tr("%1 · %2").arg(text, QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat));
    return QStringLiteral("<div style='margin:2px 8px; color:%1; font-size:small;'>%2</div>")
        .arg(Palette::secondaryText.name(), line.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

namespace {

// Where an inquiry went or came from: a person (in their team, when it is known), a team, or nowhere.
QString place(const QString &advisor, const QString &team)
{
    if (advisor.isEmpty())
        return team;
    return team.isEmpty() ? advisor : ThreadView::tr("%1 (%2)").arg(advisor, team);
}

// The customer's fixed advisor (Kundenbetreuer) changed: new inquiries of theirs go to the new one.
QString fixedAdvisorText(const QString &from, const QString &to)
{
    if (from.isEmpty())
        return ThreadView::tr("Fixed advisor set to %1").arg(to);
    if (to.isEmpty())
        return ThreadView::tr("Fixed advisor %1 removed").arg(from);
    return ThreadView::tr("Fixed advisor changed from %1 to %2").arg(from, to);
}

// Routed while the customer's fixed advisor was away: held for them, in the advisor's language and local time.
QString heldText(const InquiryEvent &event)
{
    return ThreadView::tr("Held for %1, who is absent until %2").arg(event.fromAdvisorName, AbsenceModel::timeText(*event.absentUntil, event.at));
}

} // namespace

QString ThreadView::eventText(const InquiryEvent &event)
{
    const QString &actor = event.actorName;
    const bool byWhom = !actor.isEmpty();
    const QString from = place(event.fromAdvisorName, event.fromTeamName);
    const QString to = place(event.toAdvisorName, event.toTeamName);
    QString text;
    if (event.kind == QLatin1String("routed") && event.absentUntil)
        text = tr("%1: %2").arg(tr("Routed to %1").arg(to), heldText(event));
    else if (event.kind == QLatin1String("routed"))
        text = to.isEmpty() ? tr("Placed in the queue shared by all advisors") : tr("Routed to %1").arg(to);
    else if (event.kind == QLatin1String("claimed"))
        text = byWhom ? tr("Claimed by %1").arg(actor) : tr("Claimed");
    else if (event.kind == QLatin1String("released"))
        text = byWhom ? tr("Released to the queue by %1").arg(actor) : tr("Released to the queue");
    else if (event.kind == QLatin1String("assigned"))
        text = byWhom ? tr("Assigned to %1 by %2").arg(to, actor) : tr("Assigned to %1").arg(to);
    else if (event.kind == QLatin1String("transferred") && from.isEmpty())
        text = byWhom ? tr("Transferred to %1 by %2").arg(to, actor) : tr("Transferred to %1").arg(to);
    else if (event.kind == QLatin1String("transferred"))
        text = byWhom ? tr("Transferred from %1 to %2 by %3").arg(from, to, actor) : tr("Transferred from %1 to %2").arg(from, to);
    else if (event.kind == QLatin1String("closed"))
        text = byWhom ? tr("Closed by %1").arg(actor) : tr("Closed");
    else if (event.kind == QLatin1String("reopened"))
        text = byWhom ? tr("Reopened by %1").arg(actor) : tr("Reopened");
    else if (event.kind == QLatin1String("returned"))
        text = tr("Back with %1 after their absence").arg(to);
    else if (event.kind == QLatin1String("fixed_advisor"))
        text = fixedAdvisorText(event.fromAdvisorName, event.toAdvisorName);
    if (text.isEmpty() || event.note.isEmpty())
        return text;
    return tr("%1: %2").arg(text, event.note);
}

void ThreadView::focusEditor()
{
    if (m_editor->isEnabled())
        m_editor->setFocus(Qt::ShortcutFocusReason);
}

void ThreadView::send()
{
    if (m_inquiryId == 0 || !m_send->isEnabled())
        return;
    const FieldErrors errors = validation::checkMessageBody(m_editor->toPlainText());
    if (!errors.isEmpty()) {
        replyFailed(QCoreApplication::translate(validation::TranslationContext, errors.first().message.toUtf8().constData()));
        return;
    }
    m_send->setEnabled(false);
    m_error->hide();
    m_sent->hide();
    emit sendRequested(m_inquiryId, validation::normalisedText(m_editor->toPlainText()));
}

void ThreadView::addNote()
{
    if (m_inquiryId == 0 || !m_addNote->isEnabled())
        return;
    const FieldErrors errors = validation::checkNoteText(m_noteEditor->toPlainText());
    if (!errors.isEmpty()) {
        noteFailed(QCoreApplication::translate(validation::TranslationContext, errors.first().message.toUtf8().constData()));
        return;
    }
    m_addNote->setEnabled(false);
    m_noteError->hide();
    emit noteRequested(m_inquiryId, validation::normalisedText(m_noteEditor->toPlainText()));
}

void ThreadView::noteAdded()
{
    m_noteEditor->clear();
    m_addNote->setEnabled(true);
}

void ThreadView::noteFailed(const QString &message)
{
    m_addNote->setEnabled(true);
    showNotice(m_noteError, message);
}

void ThreadView::replySent(const QDateTime &at)
{
    m_editor->clear();
    m_send->setEnabled(true);
    showNotice(m_sent, tr("Reply sent at %1. The inquiry now waits for the customer and stays here until you choose another one.")
                           .arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)));
}

void ThreadView::replyFailed(const QString &message)
{
    m_send->setEnabled(true);
    showNotice(m_error, message);
}

void ThreadView::moveFailed(const QString &message)
{
    showNotice(m_moveError, message);
}

void ThreadView::clearMoveError()
{
    m_moveError->hide();
}

void ThreadView::showNotice(QLabel *label, const QString &text)
{
    label->setText(text);
    label->show();
    label->setAccessibleDescription(text);
}

} // namespace confidant::client
