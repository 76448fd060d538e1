#include "shell/settingsdialog.h"

#include "shell/preferences.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Configure Valuemap"));
    setObjectName(u"settingsDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    // Each language in its own words, so it can be found in any interface language.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_startLanguage = Preferences::language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));
    form->addRow(tr("&Language:"), m_language);
    m_restartNote = new QLabel(this);
    m_restartNote->setWordWrap(true);
    form->addRow(QString(), m_restartNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);
    updateRestartNote();

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Follow the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(Theme::instance()->choice()))));
    form->addRow(tr("&Theme:"), m_theme);

    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(Preferences::paperSize()))));
    m_paper->setToolTip(tr("The paper the PDF exports, the client handout and printing start with"));
    form->addRow(tr("Default &paper size:"), m_paper);

    m_author = new QLineEdit(Preferences::author(), this);
    m_author->setPlaceholderText(tr("Your name, as history shows who changed what"));
    form->addRow(tr("&Author name:"), m_author);

    m_recent = new QSpinBox(this);
    m_recent->setRange(1, Preferences::MaxRecentCount);
    m_recent->setValue(Preferences::recentCount());
    form->addRow(tr("&Recent plans listed:"), m_recent);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::updateRestartNote()
{
    const bool changed = m_language->currentData().toString() != m_startLanguage;
    m_restartNote->setText(changed
            ? tr("The new language is used when Valuemap starts next time.")
            : tr("A change of language takes effect when Valuemap starts next time."));
}

void SettingsDialog::apply()
{
    Preferences::setLanguage(m_language->currentData().toString());
    const auto theme = Theme::Choice(m_theme->currentData().toInt());
    Theme::instance()->setChoice(theme);
    Theme::saveChoice(theme);
    Preferences::setPaperSize(QPageSize::PageSizeId(m_paper->currentData().toInt()));
    Preferences::setAuthor(m_author->text());
    Preferences::setRecentCount(m_recent->value());
}

} // namespace Valuemap
