#pragma once

#include <QDialog>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Valuemap {

class Document;

// The address and password part both dialogs share: CONN as libpq takes it (service=team, a
// postgresql:// URL, or key=value pairs), remembered without any password; a password typed
// here is used for this connection only and never stored.
class ServerAddressFields final : public QObject
{
    Q_OBJECT

public:
    ServerAddressFields(QWidget *parent, QFormLayout *form);
    // The address to connect with (the typed password added, if any).
    QString address() const;
    // Saves the address for next time, unless it holds a password.
    void remember() const;
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    QLineEdit *m_address = nullptr;
    QLineEdit *m_password = nullptr;
};

// File ▸ Open from Server…: connects, lists the plans this role may see (name, level, latest
// revision) and opens the chosen one.
class OpenFromServerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OpenFromServerDialog(QWidget *parent = nullptr);

    QString address() const;
    QString planName() const;
    // Lists the plans on the server at address() (also the "List Plans" button).
    bool listPlans();

    QTreeWidget *plans() const { return m_plans; }
    QLabel *message() const { return m_message; }
    ServerAddressFields *fields() const { return m_fields; }

private:
    ServerAddressFields *m_fields = nullptr;
    QTreeWidget *m_plans = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_open = nullptr;
};

// File ▸ Share on Server…: publishes every row of the open plan as a new server plan (the
// connected role becomes its owner); then the window can open the shared plan.
class ShareOnServerDialog final : public QDialog
{
    Q_OBJECT

public:
    ShareOnServerDialog(const Document *document, QWidget *parent = nullptr);

    QString address() const;
    QString planName() const;
    bool openAfterwards() const;
    // Publishes; false with the reason shown in the dialog.
    bool share();

    QLineEdit *nameEdit() const { return m_name; }
    QLabel *message() const { return m_message; }
    ServerAddressFields *fields() const { return m_fields; }

private:
    const Document *m_document;
    ServerAddressFields *m_fields = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_open = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Valuemap
