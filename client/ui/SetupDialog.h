#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace confidant::client {

// The way in: the certificate file from the administrator, its passphrase, and the server's address. It stays
// open while the client checks them with the server, and shows what went wrong so the advisor can correct it and
// try again.
class SetupDialog : public QDialog {
    Q_OBJECT
public:
    explicit SetupDialog(QWidget *parent = nullptr);

    void setValues(const QString &certificateFile, const QString &apiUrl);
    QString certificateFile() const;
    QString passphrase() const;
    QString apiUrl() const;
    void showError(const QString &message);
    // While the client talks to the server and the keychain: the fields are read-only and OK can't be pressed twice.
    void setBusy(bool busy);

signals:
    void submitted();

private:
    QLineEdit *m_file;
    QLineEdit *m_passphrase;
    QLineEdit *m_url;
    QLabel *m_error;
    QLabel *m_progress;
    QDialogButtonBox *m_buttons;
};

} // namespace confidant::client
