#include "ThreadView.h"

#include "Palette.h"
#include "validation/Validation.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace confidant::client {

ThreadView::ThreadView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_details(new QLabel), m_messages(new QTextBrowser), m_editorLabel(new QLabel(tr("&Reply to the customer:"))),
      m_editor(new QPlainTextEdit), m_send(new QPushButton(tr("&Send reply"))), m_error(new QLabel), m_sent(new QLabel)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::secondaryText.name()));
    m_messages->setOpenLinks(false);
    m_messages->setAccessibleName(tr("Messages"));
    m_editorLabel->setBuddy(m_editor);
    m_editor->setPlaceholderText(tr("Write your reply to the customer…"));
    m_editor->setAccessibleName(tr("Reply"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(140);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Send the reply (%1)").arg(m_send->shortcut().toString(QKeySequence::NativeText)));
    for (QLabel *label : {m_error, m_sent}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->hide();
    }
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::errorText.name()));
    m_error->setObjectName(QStringLiteral("replyError"));
    m_sent->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::successText.name()));
    m_sent->setObjectName(QStringLiteral("replySent"));
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_sent, 1);
    sendRow->addWidget(m_send, 0, Qt::AlignRight | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_editorLabel);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    layout->addLayout(sendRow);
    setTabOrder(m_messages, m_editor);
    setTabOrder(m_editor, m_send);
    connect(m_send, &QPushButton::clicked, this, &ThreadView::send);
    clear();
}

void ThreadView::clear()
{
    m_inquiryId = 0;
    m_title->setText(tr("No inquiry selected"));
    m_details->setText(tr("Choose an inquiry in the queue to read it and reply."));
    m_messages->clear();
    m_editor->setEnabled(false);
    m_send->setEnabled(false);
    m_sent->hide();
    m_error->hide();
}

void ThreadView::showHeader(const Inquiry &inquiry)
{
    if (inquiry.id != m_inquiryId) {
        m_editor->clear();
        m_error->hide();
        m_sent->hide();
    }
    m_inquiryId = inquiry.id;
    m_title->setText(inquiry.subject);
    m_details->setText(tr("%1 · %2").arg(inquiry.customerName, inquiry.topicTitle));
    m_editor->setEnabled(true);
    m_send->setEnabled(true);
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

void ThreadView::showThread(const Inquiry &inquiry, const QList<Message> &messages)
{
    showHeader(inquiry);
    // Customer text is escaped before it becomes rich text: it can only ever show as text.
    QString html;
    for (const Message &message : messages) {
        const bool advisor = message.author == MessageAuthor::Advisor;
        html += QStringLiteral("<div style='margin:6px 0; padding:6px 8px; background:%1; color:%2;'><b>%3</b> "
                               "<span style='color:%4'>%5</span><br>%6</div>")
                    .arg((advisor ? Palette::advisorMessage : Palette::customerMessage).name(), Palette::text.name(),
                         (advisor ? message.authorName : tr("Customer")).toHtmlEscaped(), Palette::secondaryText.name(),
                         QLocale().toString(message.createdAt.toLocalTime(), QLocale::ShortFormat),
                         message.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_messages->setHtml(html);
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

void ThreadView::showNotice(QLabel *label, const QString &text)
{
    label->setText(text);
    label->show();
    label->setAccessibleDescription(text);
}

} // namespace confidant::client
