#include "SetupDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace confidant::client {

SetupDialog::SetupDialog(const QString &apiUrl, QWidget *parent)
    : QDialog(parent), m_file(new QLineEdit), m_passphrase(new QLineEdit), m_url(new QLineEdit(apiUrl)), m_error(new QLabel)
{
    setWindowTitle(tr("Set up Confidant"));
    auto *intro = new QLabel(tr("Your administrator gave you a certificate file (.p12) and its passphrase. "
                                "The passphrase is kept in your system's keychain, never in a file."));
    intro->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Certificate &file:"), fileRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Server address:"), m_url);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate file"), QString(), tr("Certificates (*.p12 *.pfx)"));
        if (!file.isEmpty())
            m_file->setText(file);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SetupDialog::certificateFile() const { return m_file->text().trimmed(); }
QString SetupDialog::passphrase() const { return m_passphrase->text(); }
QString SetupDialog::apiUrl() const { return m_url->text().trimmed(); }

void SetupDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace confidant::client
