#include "shell/welcomepage.h"

#include "domain/dates.h"
#include "shell/icons.h"
#include "shell/recentplans.h"
#include "domain/text.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"welcomePage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *title = new QLabel(tr("<h1>Valuemap</h1><p>Plan value delivery: a vision everyone agrees "
                                "on, a story map, thin releases that are each a working product, and "
                                "the customer goals they move.</p>"),
                             this);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    layout->addWidget(title);
    const struct
    {
        QString text;
        const char *icon;
        void (WelcomePage::*signal)();
    } buttons[] = {
        { tr("New Plan…"), "document-new", &WelcomePage::newPlanWanted },
        { tr("New from Template…"), "document-new", &WelcomePage::templateWanted },
        { tr("Open Plan…"), "document-open", &WelcomePage::openWanted },
        { tr("Open the Sample Plan"), "help-about", &WelcomePage::sampleWanted },
    };
    for (const auto &b : buttons) {
        auto *button = new QPushButton(themedIcon(QString::fromLatin1(b.icon)), b.text, this);
        button->setMinimumWidth(260);
        connect(button, &QPushButton::clicked, this, b.signal);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    auto *heading = new QLabel(tr("<b>Recent plans</b>"), this);
    heading->setAlignment(Qt::AlignCenter);
    layout->addSpacing(16);
    layout->addWidget(heading);
    m_recent = new QListWidget(this);
    m_recent->setAccessibleName(tr("Recent plans"));
    m_recent->setMaximumWidth(640);
    m_recent->setMinimumWidth(520); // a name, its date and its folder on as few lines as fit
    m_recent->setMaximumHeight(220);
    m_recent->setWordWrap(true);
    m_recent->setSpacing(3); // a plan's two lines apart from the next plan's
    heading->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->flags().testFlag(Qt::ItemIsEnabled) && !item->data(Qt::UserRole).toString().isEmpty())
            emit recentWanted(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_recent, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    refresh();
}

void WelcomePage::refresh()
{
    m_recent->clear();
    const QList<RecentPlans::Entry> entries = RecentPlans::entries();
    for (const RecentPlans::Entry &entry : entries) {
        const QString name = entry.productName.isEmpty() ? QFileInfo(entry.path).completeBaseName()
                                                         : entry.productName;
        const QString when = entry.exists
                ? tr("changed %1").arg(shortDateTime(entry.lastChanged))
                : tr("file not found");
        auto *item = new QListWidgetItem(u"%1 — %2\n%3"_s.arg(name, when, shownPath(entry.path)),
                                         m_recent);
        item->setData(Qt::UserRole, entry.path);
        item->setToolTip(shownPath(entry.path));
        if (!entry.exists)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (entries.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent plans yet"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void WelcomePage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace Valuemap
