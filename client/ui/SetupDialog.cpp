#include "SetupDialog.h"

#include "Palette.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace confidant::client {

SetupDialog::SetupDialog(QWidget *parent)
    : QDialog(parent), m_file(new QLineEdit), m_passphrase(new QLineEdit), m_url(new QLineEdit), m_error(new QLabel), m_progress(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Set up Confidant"));
    auto *intro = new QLabel(tr("Your administrator gave you a certificate file (.p12) and its passphrase. "
                                "The passphrase is kept in your system's keychain, never in a file."));
    intro->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_file->setAccessibleName(tr("Certificate file"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_url->setPlaceholderText(QStringLiteral("https://mailbox.example.com:9443/"));
    m_url->setAccessibleName(tr("Server address"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::errorText.name()));
    m_error->setObjectName(QStringLiteral("setupError"));
    for (QLabel *label : {m_error, m_progress}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->hide();
    }
    m_progress->setText(tr("Checking the certificate with the server…"));
    // Labels made here rather than by addRow(QString, …): a row label without a buddy would show its '&'.
    auto *fileLabel = new QLabel(tr("Certificate &file:"));
    fileLabel->setBuddy(m_file);
    auto *passphraseLabel = new QLabel(tr("&Passphrase:"));
    passphraseLabel->setBuddy(m_passphrase);
    auto *urlLabel = new QLabel(tr("&Server address:"));
    urlLabel->setBuddy(m_url);
    auto *form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(passphraseLabel, m_passphrase);
    form->addRow(urlLabel, m_url);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    setTabOrder(m_file, browse);
    setTabOrder(browse, m_passphrase);
    setTabOrder(m_passphrase, m_url);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate file"), QString(), tr("Certificates (*.p12 *.pfx)"));
        if (!file.isEmpty())
            m_file->setText(file);
    });
    // OK does not close the dialog: it closes when the workstation has opened, and stays with the error otherwise.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->hide();
        emit submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

void SetupDialog::setValues(const QString &certificateFile, const QString &apiUrl)
{
    m_file->setText(certificateFile);
    m_url->setText(apiUrl.isEmpty() ? QStringLiteral("https://") : apiUrl);
    (certificateFile.isEmpty() ? m_file : m_passphrase)->setFocus();
}

QString SetupDialog::certificateFile() const { return m_file->text().trimmed(); }
QString SetupDialog::passphrase() const { return m_passphrase->text(); }
QString SetupDialog::apiUrl() const { return m_url->text().trimmed(); }

void SetupDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_error->setAccessibleDescription(message);
}

void SetupDialog::setBusy(bool busy)
{
    for (QLineEdit *edit : {m_file, m_passphrase, m_url})
        edit->setReadOnly(busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_progress->setVisible(busy);
}

} // namespace confidant::client
