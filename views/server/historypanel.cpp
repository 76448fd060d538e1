#include "server/historypanel.h"

#include "domain/dates.h"
#include "server/serversession.h"
#include "storage/document.h"
#include "storage/rowcheck.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

// "BT-12: title; release added" — what a log entry changed, briefly.
QString rowsChanged(const Document &doc, const ChangeSet &changes)
{
    const auto row = [&doc](Table table, qint64 id) {
        if (table == Table::Story && doc.store().contains(Table::Story, id))
            return doc.storyKey(StoryId(id));
        return HistoryPanel::tr("%1 %2").arg(tableLabel(table)).arg(id);
    };
    QStringList parts;
    for (const RowOp &op : changes) {
        QString part;
        switch (op.kind) {
        case RowOp::Insert:
            part = HistoryPanel::tr("%1 added").arg(tableLabel(op.table));
            break;
        case RowOp::Remove:
            part = HistoryPanel::tr("%1 removed").arg(tableLabel(op.table));
            break;
        case RowOp::Update:
            if (isUpdateStamp(op.table, op.column))
                continue;
            part = HistoryPanel::tr("%1: %2").arg(row(op.table, op.id), fieldLabel(op.table, op.column));
            break;
        }
        if (!parts.contains(part))
            parts.append(part);
    }
    if (parts.size() > 4)
        return HistoryPanel::tr("%1 and %n more", nullptr, int(parts.size() - 3))
                .arg(parts.mid(0, 3).join(u"; "_s));
    return parts.join(u"; "_s);
}

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent) : QDockWidget(tr("History"), parent)
{
    setObjectName(u"historyPanel"_s);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_scope = new QComboBox(body);
    m_scope->addItem(tr("Whole plan"));
    m_scope->addItem(tr("Selected story"));
    m_scope->setAccessibleName(tr("Show the history of"));
    layout->addWidget(m_scope);
    m_status = new QLabel(body);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_list = new QTreeWidget(body);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHeaderHidden(true);
    m_list->setColumnCount(1);
    m_list->setAccessibleName(tr("Changes, newest first"));
    layout->addWidget(m_list, 1);
    setWidget(body);
    m_pending.setSingleShot(true);
    m_pending.setInterval(150);
    connect(&m_pending, &QTimer::timeout, this, &HistoryPanel::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &HistoryPanel::refresh);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
}

void HistoryPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_story = {};
    if (m_document) {
        connect(m_document, &Document::changed, this, &HistoryPanel::scheduleRefresh);
        connect(m_document, &Document::writableChanged, this, &HistoryPanel::scheduleRefresh);
    }
    refresh();
}

void HistoryPanel::setCurrentStory(StoryId story)
{
    m_story = story;
    if (m_scope->currentIndex() == 1)
        scheduleRefresh();
}

void HistoryPanel::scheduleRefresh()
{
    if (isVisible())
        m_pending.start();
}

void HistoryPanel::refresh()
{
    m_list->clear();
    ServerSession *session = m_document ? m_document->serverSession() : nullptr;
    m_scope->setEnabled(session != nullptr);
    if (!m_document) {
        m_status->setText(tr("No plan is open."));
        return;
    }
    if (!session) {
        m_status->setText(tr("A plan file keeps no shared history. Your own steps are under "
                             "Edit ▸ Undo; share the plan on a team server (File ▸ Share on "
                             "Server…) to see who changed what, when."));
        return;
    }
    const bool oneStory = m_scope->currentIndex() == 1;
    if (oneStory && !m_story.isValid()) {
        m_status->setText(tr("Select a story on the map to see its history."));
        return;
    }
    QString error;
    const auto entries = session->history(oneStory ? m_story.value : 0, Limit, &error);
    if (!entries) {
        m_status->setText(error);
        return;
    }
    const QString subject = oneStory
        ? tr("Story %1 “%2”").arg(m_document->storyKey(m_story), m_document->story(m_story).title)
        : tr("Plan “%1” on %2").arg(session->planName(), session->serverName());
    m_status->setText(entries->isEmpty() ? tr("%1: no changes yet.").arg(subject)
                                         : tr("%1: %n change(s), newest first.", nullptr,
                                              int(entries->size()))
                                                   .arg(subject));
    // Each entry on two lines, to fit a narrow panel: the step, who and when; then what it
    // changed and the revision.
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    for (const LogEntry &e : *entries) {
        const QString when = shortDateTime(e.at.toLocalTime(), locale);
        const QString what = rowsChanged(*m_document, e.changes);
        auto *item = new QTreeWidgetItem(
                { tr("%1 — %2, %3").arg(e.undoText, e.author, when) + u'\n'
                  + (what.isEmpty() ? tr("revision %1").arg(e.revision)
                                    : tr("%1 · revision %2").arg(what).arg(e.revision)) });
        item->setToolTip(0, item->text(0));
        item->setData(0, Qt::UserRole, e.revision);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
}

} // namespace Valuemap
