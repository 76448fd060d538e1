#include "server/serverdialogs.h"

#include "server/serverconnection.h"
#include "server/serverplans.h"
#include "server/serverschema.h"
#include "storage/document.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

const auto AddressKey = "server/address"_L1;

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(u"serverMessage"_s);
    return label;
}

// Connects and checks the schema; nullptr with the reason in *error.
std::unique_ptr<ServerConnection> connectTo(const QString &address, QString *error)
{
    auto c = ServerConnection::open(address, error);
    if (c && !ServerSchema::check(*c, error))
        return nullptr;
    return c;
}

} // namespace

ServerAddressFields::ServerAddressFields(QWidget *parent, QFormLayout *form) : QObject(parent)
{
    m_address = new QLineEdit(QSettings().value(AddressKey).toString(), parent);
    m_address->setPlaceholderText(tr("service=team  or  postgresql://you@host/database"));
    m_address->setToolTip(tr("The team server as PostgreSQL names it: a service from "
                             "~/.pg_service.conf, a postgresql:// address, or key=value pairs. "
                             "Passwords come from ~/.pgpass or the field below."));
    m_address->setMinimumWidth(m_address->fontMetrics().horizontalAdvance(u'x') * 48);
    form->addRow(tr("&Server:"), m_address);
    m_password = new QLineEdit(parent);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only if the server asks; never saved"));
    form->addRow(tr("&Password:"), m_password);
}

QString ServerAddressFields::address() const
{
    const QString address = m_address->text().trimmed();
    return m_password->text().isEmpty()
        ? address
        : ServerConnection::withPassword(address, m_password->text());
}

void ServerAddressFields::remember() const
{
    const QString address = m_address->text().trimmed();
    QString ignored;
    const auto parsed = ServerAddress::parse(address, &ignored);
    if (parsed && !parsed->contains(u"password"_s))
        QSettings().setValue(AddressKey, address);
}

OpenFromServerDialog::OpenFromServerDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open from Server"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_fields = new ServerAddressFields(this, form);
    layout->addLayout(form);
    auto *list = new QPushButton(tr("&List Plans"), this);
    layout->addWidget(list, 0, Qt::AlignRight);
    m_plans = new QTreeWidget(this);
    m_plans->setRootIsDecorated(false);
    m_plans->setHeaderLabels({ tr("Plan"), tr("Your level"), tr("Changes") });
    m_plans->header()->setStretchLastSection(false);
    m_plans->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_plans->setAccessibleName(tr("Plans you may open"));
    layout->addWidget(m_plans, 1);
    m_message = messageLabel(this);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setEnabled(false);
    layout->addWidget(buttons);
    connect(list, &QPushButton::clicked, this, &OpenFromServerDialog::listPlans);
    connect(m_fields->addressEdit(), &QLineEdit::returnPressed, this,
            &OpenFromServerDialog::listPlans);
    connect(m_plans, &QTreeWidget::currentItemChanged, this,
            [this] { m_open->setEnabled(m_plans->currentItem() != nullptr); });
    connect(m_plans, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(sizeHint().expandedTo(QSize(560, 380)));
}

QString OpenFromServerDialog::address() const
{
    return m_fields->address();
}

QString OpenFromServerDialog::planName() const
{
    return m_plans->currentItem() ? m_plans->currentItem()->text(0) : QString();
}

bool OpenFromServerDialog::listPlans()
{
    m_plans->clear();
    QString error;
    auto c = connectTo(address(), &error);
    const auto plans = c ? ServerPlans::list(*c, &error) : std::nullopt;
    if (!plans) {
        m_message->setText(error);
        return false;
    }
    m_fields->remember();
    for (const ServerPlanInfo &plan : *plans)
        m_plans->addTopLevelItem(new QTreeWidgetItem(
                { plan.name, plan.level, QLocale().toString(plan.revision) }));
    m_message->setText(plans->isEmpty()
                           ? tr("Role “%1” is a member of no plan on %2. Share one (File ▸ Share "
                                "on Server…) or ask a plan's owner to add you.")
                                     .arg(c->role(), c->serverName())
                           : tr("%n plan(s) on %1 that role “%2” may open.", nullptr,
                                int(plans->size()))
                                     .arg(c->serverName(), c->role()));
    if (m_plans->topLevelItemCount() > 0)
        m_plans->setCurrentItem(m_plans->topLevelItem(0));
    m_plans->setFocus();
    return true;
}

ShareOnServerDialog::ShareOnServerDialog(const Document *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Share on Server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Copies every part of this plan to a team server, where the "
                                "people you add as members can work on it with you, live. You "
                                "become its owner. This file stays as it is."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_fields = new ServerAddressFields(this, form);
    m_name = new QLineEdit(document->displayName(), this);
    form->addRow(tr("Plan &name on the server:"), m_name);
    layout->addLayout(form);
    m_open = new QCheckBox(tr("Open the shared plan afterwards"), this);
    m_open->setChecked(true);
    layout->addWidget(m_open);
    m_message = messageLabel(this);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Share"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (share())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ShareOnServerDialog::address() const
{
    return m_fields->address();
}

QString ShareOnServerDialog::planName() const
{
    return m_name->text().trimmed();
}

bool ShareOnServerDialog::openAfterwards() const
{
    return m_open->isChecked();
}

bool ShareOnServerDialog::share()
{
    if (planName().isEmpty()) {
        m_message->setText(tr("Give the plan a name on the server."));
        m_name->setFocus();
        return false;
    }
    QString error;
    auto c = connectTo(address(), &error);
    if (!c || !ServerPlans::publish(*c, planName(), m_document->store(), &error)) {
        m_message->setText(error);
        return false;
    }
    m_fields->remember();
    return true;
}

} // namespace Valuemap
