#include "export/handoutdialog.h"
#include "shell/preferences.h"
#include "domain/dates.h"

#include "storage/document.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Valuemap {

HandoutDialog::HandoutDialog(const Document &document, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Client Handout"));
    auto *form = new QFormLayout;
    m_client = new QLineEdit(document.product().client, this);
    m_client->setPlaceholderText(tr("Who the handout is for"));
    m_client->setAccessibleName(tr("Client"));
    form->addRow(tr("&Client:"), m_client);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat());
    m_date->setAccessibleName(tr("Date on the cover"));
    form->addRow(tr("&Date:"), m_date);

    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    // The paper of Settings ▸ Configure Valuemap… (the locale's, until a choice is made).
    if (Preferences::paperSize() == QPageSize::Letter)
        m_paper->setCurrentIndex(1);
    m_paper->setAccessibleName(tr("Paper size"));
    form->addRow(tr("&Paper:"), m_paper);

    m_fit = new QRadioButton(tr("&Fit on one page"), this);
    m_tiled = new QRadioButton(tr("&Tiled over several pages (legible for large maps)"), this);
    m_fit->setChecked(true);
    auto *mapChoice = new QVBoxLayout;
    mapChoice->addWidget(m_fit);
    mapChoice->addWidget(m_tiled);
    form->addRow(tr("Story map:"), mapChoice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

HandoutExport::Options HandoutDialog::options() const
{
    HandoutExport::Options options;
    options.client = m_client->text().trimmed();
    options.date = m_date->date();
    options.page = QPageSize::PageSizeId(m_paper->currentData().toInt());
    options.tiledMap = m_tiled->isChecked();
    return options;
}

} // namespace Valuemap
