#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace confidant::client {

// First start: the certificate file from the administrator, its passphrase, and the server's address.
class SetupDialog : public QDialog {
    Q_OBJECT
public:
    explicit SetupDialog(const QString &apiUrl, QWidget *parent = nullptr);

    QString certificateFile() const;
    QString passphrase() const;
    QString apiUrl() const;
    void showError(const QString &message);

private:
    QLineEdit *m_file;
    QLineEdit *m_passphrase;
    QLineEdit *m_url;
    QLabel *m_error;
};

} // namespace confidant::client
