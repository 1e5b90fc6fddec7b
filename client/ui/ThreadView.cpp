#include "ThreadView.h"

#include "validation/Validation.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace confidant::client {

ThreadView::ThreadView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_details(new QLabel), m_messages(new QTextBrowser), m_editor(new QPlainTextEdit),
      m_send(new QPushButton(tr("&Send reply"))), m_error(new QLabel)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_details->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_messages->setOpenLinks(false);
    m_editor->setPlaceholderText(tr("Write your reply to the customer…"));
    m_editor->setAccessibleName(tr("Reply"));
    m_editor->setMaximumHeight(140);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("replyError"));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    layout->addWidget(m_send, 0, Qt::AlignRight);
    connect(m_send, &QPushButton::clicked, this, &ThreadView::send);
    clear();
}

void ThreadView::clear()
{
    m_inquiryId = 0;
    m_title->setText(tr("No inquiry selected"));
    m_details->clear();
    m_messages->clear();
    m_editor->setEnabled(false);
    m_send->setEnabled(false);
}

void ThreadView::showThread(const Inquiry &inquiry, const QList<Message> &messages)
{
    if (inquiry.id != m_inquiryId) {
        m_editor->clear();
        m_error->hide();
    }
    m_inquiryId = inquiry.id;
    m_title->setText(inquiry.subject);
    m_details->setText(tr("%1 · %2").arg(inquiry.customerName, inquiry.topicTitle));
    // Customer text is escaped before it becomes rich text: it can only ever show as text.
    QString html;
    for (const Message &message : messages) {
        const bool advisor = message.author == MessageAuthor::Advisor;
        html += QStringLiteral("<div style='margin:6px 0; padding:6px 8px; background:%1;'><b>%2</b> <span style='color:#666'>%3</span><br>%4</div>")
                    .arg(advisor ? QStringLiteral("#e8f0f8") : QStringLiteral("#f6f6f6"),
                         (advisor ? message.authorName : tr("Customer")).toHtmlEscaped(),
                         QLocale().toString(message.createdAt.toLocalTime(), QLocale::ShortFormat),
                         message.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_messages->setHtml(html);
    m_editor->setEnabled(true);
    m_send->setEnabled(true);
}

void ThreadView::send()
{
    const FieldErrors errors = validation::checkMessageBody(m_editor->toPlainText());
    if (!errors.isEmpty()) {
        replyFailed(QCoreApplication::translate(validation::TranslationContext, errors.first().message.toUtf8().constData()));
        return;
    }
    m_send->setEnabled(false);
    m_error->hide();
    emit sendRequested(m_inquiryId, validation::normalisedText(m_editor->toPlainText()));
}

void ThreadView::replySent()
{
    m_editor->clear();
    m_send->setEnabled(true);
}

void ThreadView::replyFailed(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_send->setEnabled(true);
}

} // namespace confidant::client
