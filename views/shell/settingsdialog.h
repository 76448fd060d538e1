#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Valuemap {

// Settings ▸ Configure Valuemap…: interface language (at the next start), theme (at once),
// default paper, the author name for history and how many recent plans to list. OK keeps
// the choices in the settings (shell/preferences.h); Cancel changes nothing.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Keeps the dialog's choices; the window calls it on OK (tests call it directly).
    void apply();

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *paperBox() const { return m_paper; }
    QLineEdit *authorField() const { return m_author; }
    QSpinBox *recentCountBox() const { return m_recent; }

private:
    void updateRestartNote();

    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_paper = nullptr;
    QLineEdit *m_author = nullptr;
    QSpinBox *m_recent = nullptr;
    QString m_startLanguage; // the language this run started with, for the note
};

} // namespace Valuemap
