#include "ThreadView.h"

#include "InquiryModel.h"
#include "Palette.h"
#include "ThreadRowDelegate.h"
#include "validation/Validation.h"
#include "wire/JsonReader.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace confidant::client {

ThreadView::ThreadView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_details(new QLabel), m_ownership(new QLabel), m_moveRow(new QHBoxLayout), m_moveError(new QLabel), m_body(new QStackedWidget), m_rows(new QListView), m_status(new QLabel), m_editorLabel(new QLabel(tr("&Reply to the customer:"))),
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
    m_rows->setObjectName(QStringLiteral("threadRows"));
    m_rows->setAccessibleName(tr("Messages"));
    m_rows->setItemDelegate(new ThreadRowDelegate(m_rows));
    // Rows of their own heights, laid out again for the new width when the splitter moves, scrolled by pixels: a
    // long message is taller than the view.
    m_rows->setWordWrap(true);
    m_rows->setResizeMode(QListView::Adjust);
    m_rows->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_rows->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setObjectName(QStringLiteral("threadStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setMargin(6);
    m_status->setAutoFillBackground(true);
    m_status->setBackgroundRole(QPalette::Base);
    m_body->addWidget(m_rows);
    m_body->addWidget(m_status);
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
    layout->addWidget(m_body, 1);
    layout->addWidget(m_editorLabel);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    layout->addLayout(sendRow);
    layout->addLayout(noteRow());
    layout->addWidget(m_noteError);
    setTabOrder(m_rows, m_editor);
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
    showStatus({});
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
        showStatus(tr("Loading the messages…"));
}

void ThreadView::showLoadFailed(const Inquiry &inquiry, const QString &message)
{
    showHeader(inquiry);
    showStatus(tr("The messages could not be loaded: %1").arg(message));
}

void ThreadView::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
    m_body->setCurrentWidget(m_status);
}

void ThreadView::setModel(QAbstractItemModel *rows)
{
    if (m_rows->model())
        disconnect(m_rows->model(), nullptr, this, nullptr);
    m_rows->setModel(rows);
    connect(rows, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) { rowsArrived(first, last); });
}

// A row added at the end (the advisor's reply, the customer's new message) is scrolled into view; a thread opened
// anew starts at its beginning, as it always did.
void ThreadView::rowsArrived(int first, int last)
{
    if (last == m_rows->model()->rowCount() - 1 && first > 0)
        m_rows->scrollTo(m_rows->model()->index(last, 0));
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

void ThreadView::showThread(const Inquiry &inquiry)
{
    const bool other = inquiry.id != m_inquiryId || m_body->currentWidget() != m_rows;
    showHeader(inquiry);
    m_body->setCurrentWidget(m_rows);
    if (other)
        m_rows->scrollToTop();
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
