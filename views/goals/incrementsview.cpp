#include "goals/incrementsview.h"
#include "domain/dates.h"

#include "releases/boarditems.h"
#include "storage/document.h"

#include <QAction>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
enum Kind { IncrementKind = 1, FeedbackKind, StoryKind, GroupKind };
enum Column { DateColumn, WhatColumn, ScoreColumn, TextColumn };

QString day(const QDate &date)
{
    return shortDate(date);
}

// A story title from feedback: its first sentence, at most 80 characters.
QString titleFrom(const QString &text)
{
    QString title = text.simplified();
    const qsizetype end = title.indexOf(QRegularExpression(u"[.!?](\\s|$)"_s));
    if (end > 0)
        title = title.left(end);
    if (title.size() > 80)
        title = title.left(79).trimmed() + u'…';
    return title;
}

} // namespace

IncrementsView::IncrementsView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"incrementsTree"_s);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels(
        { tr("Date"), tr("Increment / feedback"), tr("Score"), tr("Note / feedback") });
    m_tree->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    m_addFeedback = new QPushButton(tr("Add &Feedback…"), this);
    m_makeStory = new QPushButton(tr("&Make a Story from This Feedback"), this);
    m_deleteFeedback = new QPushButton(tr("&Delete Feedback"), this);
    m_status = new QLabel(this);
    buttons->addWidget(m_addFeedback);
    buttons->addWidget(m_makeStory);
    buttons->addWidget(m_deleteFeedback);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);

    // The same commands in the Plan menu and the tree's context menu.
    for (QPushButton *button : { m_addFeedback, m_makeStory, m_deleteFeedback }) {
        auto *action = new QAction(button->text(), this);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_actions.append(action);
    }
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions(m_actions);
    connect(m_addFeedback, &QPushButton::clicked, this, &IncrementsView::addFeedbackDialog);
    connect(m_makeStory, &QPushButton::clicked, this, [this] { makeStoryFromFeedback(); });
    connect(m_deleteFeedback, &QPushButton::clicked, this, [this] {
        if (currentFeedback().isValid())
            m_document->deleteFeedback(currentFeedback());
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &IncrementsView::updateButtons);
    connect(m_tree, &QTreeWidget::itemChanged, this, &IncrementsView::itemEdited);
    connect(m_document, &Document::changed, this, &IncrementsView::onChanged);
    connect(m_document, &Document::writableChanged, this, &IncrementsView::refresh); // offline and back
    refresh();
}

void IncrementsView::onChanged(const ChangeSet &changes)
{
    for (const RowOp &op : changes) {
        if (op.table == Table::Increment || op.table == Table::Feedback
            || op.table == Table::IncrementStory || op.table == Table::Release
            || (op.table == Table::Story && op.column == StoryCol::Title)) {
            refresh();
            return;
        }
    }
}

void IncrementsView::refresh()
{
    m_refreshing = true;
    const FeedbackId keepFeedback = currentFeedback();
    const IncrementId keepIncrement = currentIncrement();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const Qt::ItemFlags editable = m_document->isReadOnly() ? Qt::ItemFlags() : Qt::ItemIsEditable;
    auto addFeedbackItems = [&](QTreeWidgetItem *parent, const QList<FeedbackId> &ids) {
        for (FeedbackId id : ids) {
            const Feedback f = m_document->feedback(id);
            auto *item = new QTreeWidgetItem(parent);
            item->setData(0, KindRole, FeedbackKind);
            item->setData(0, IdRole, id.value);
            item->setText(DateColumn, day(f.date));
            item->setText(WhatColumn,
                f.storyId.isValid() ? tr("Feedback on “%1”").arg(m_document->story(f.storyId).title)
                                    : tr("Customer feedback"));
            item->setData(ScoreColumn, Qt::EditRole, f.score ? QVariant(*f.score) : QVariant());
            item->setText(TextColumn, f.text);
            item->setToolTip(TextColumn, f.text);
            item->setFlags(item->flags() | editable);
        }
    };
    QList<IncrementId> increments = m_document->increments();
    std::stable_sort(increments.begin(), increments.end(), [this](IncrementId a, IncrementId b) {
        return m_document->increment(a).date > m_document->increment(b).date;
    });
    for (IncrementId id : increments) {
        const Increment inc = m_document->increment(id);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, KindRole, IncrementKind);
        item->setData(0, IdRole, id.value);
        item->setText(DateColumn, day(inc.date));
        const QList<StoryId> stories = m_document->incrementStories(id);
        // What a pipeline said it delivered: version, short commit, environment; in the
        // tooltip and for screen readers with the whole commit.
        const QString pipeline = pipelineSummary(inc);
        item->setText(WhatColumn,
            tr("%1 (%n story(ies))", nullptr, int(stories.size()))
                    .arg(inc.releaseId.isValid() ? m_document->release(inc.releaseId).name
                                                 : tr("Increment"))
                + (pipeline.isEmpty() ? QString() : u" · "_s + pipeline));
        if (!pipeline.isEmpty()) {
            item->setToolTip(WhatColumn, pipelineDetails(inc));
            item->setData(WhatColumn, Qt::AccessibleDescriptionRole, pipelineDetails(inc));
        }
        item->setText(TextColumn, inc.note);
        item->setToolTip(TextColumn, inc.note);
        QFont bold = item->font(WhatColumn);
        bold.setBold(true);
        item->setFont(WhatColumn, bold);
        auto *shipped = new QTreeWidgetItem(item);
        shipped->setData(0, KindRole, GroupKind);
        shipped->setText(WhatColumn, tr("Shipped stories"));
        QStringList titles;
        for (StoryId story : stories) {
            auto *s = new QTreeWidgetItem(shipped);
            s->setData(0, KindRole, StoryKind);
            const Story st = m_document->story(story);
            s->setText(WhatColumn, st.key + u"  "_s + st.title);
            titles.append(st.title);
        }
        shipped->setText(TextColumn, titles.join(u", "_s));
        addFeedbackItems(item, m_document->incrementFeedback(id));
        item->setExpanded(true);
    }
    const QList<FeedbackId> loose = m_document->incrementFeedback(IncrementId());
    if (!loose.isEmpty()) {
        auto *group = new QTreeWidgetItem(m_tree);
        group->setData(0, KindRole, GroupKind);
        group->setText(WhatColumn, tr("Feedback on single stories"));
        addFeedbackItems(group, loose);
        group->setExpanded(true);
    }
    if (m_tree->topLevelItemCount() == 0) {
        // Across the whole row: in one column (320 px) the hint was cut off.
        auto *none = new QTreeWidgetItem(m_tree);
        none->setText(
            DateColumn, tr("No increment delivered yet: use Deliver… on the Releases tab."));
        none->setFlags(Qt::ItemIsEnabled);
        none->setFirstColumnSpanned(true);
    }
    if (!m_tree->topLevelItem(0)->isFirstColumnSpanned())
        m_tree->resizeColumnToContents(DateColumn);
    // Wide enough for a release with its version, commit and environment; the note the rest.
    int what = 320;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (!item->isFirstColumnSpanned())
            what = std::max(what, QFontMetrics(item->font(WhatColumn)).horizontalAdvance(item->text(WhatColumn)) + 24);
    }
    m_tree->setColumnWidth(WhatColumn, std::min(what, 520));
    m_refreshing = false;
    if (keepFeedback.isValid())
        selectFeedback(keepFeedback);
    else if (!keepIncrement.isValid() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    else if (keepIncrement.isValid()) {
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            if (m_tree->topLevelItem(i)->data(0, IdRole).toLongLong() == keepIncrement.value
                && m_tree->topLevelItem(i)->data(0, KindRole).toInt() == IncrementKind)
                m_tree->setCurrentItem(m_tree->topLevelItem(i));
    }
    updateButtons();
}

void IncrementsView::selectFeedback(FeedbackId feedback)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() == FeedbackKind
            && (*it)->data(0, IdRole).toLongLong() == feedback.value) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

FeedbackId IncrementsView::currentFeedback() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->data(0, KindRole).toInt() != FeedbackKind)
        return {};
    return FeedbackId(item->data(0, IdRole).toLongLong());
}

IncrementId IncrementsView::currentIncrement() const
{
    for (const QTreeWidgetItem *item = m_tree->currentItem(); item; item = item->parent()) {
        if (item->data(0, KindRole).toInt() == IncrementKind)
            return IncrementId(item->data(0, IdRole).toLongLong());
    }
    return {};
}

void IncrementsView::updateButtons()
{
    const bool writable = !m_document->isReadOnly();
    m_addFeedback->setEnabled(writable && currentIncrement().isValid());
    m_makeStory->setEnabled(writable && currentFeedback().isValid());
    m_deleteFeedback->setEnabled(writable && currentFeedback().isValid());
    const QList<QPushButton *> buttons { m_addFeedback, m_makeStory, m_deleteFeedback };
    for (qsizetype i = 0; i < m_actions.size(); ++i)
        m_actions[i]->setEnabled(buttons.at(i)->isEnabled());
}

void IncrementsView::itemEdited(QTreeWidgetItem *item, int column)
{
    if (m_refreshing || item->data(0, KindRole).toInt() != FeedbackKind)
        return;
    const FeedbackId id(item->data(0, IdRole).toLongLong());
    bool ok = true;
    if (column == TextColumn)
        ok = m_document->setFeedbackField(id, FeedbackField::Text, item->text(TextColumn));
    else if (column == ScoreColumn)
        ok = m_document->setFeedbackField(
            id, FeedbackField::Score, item->data(ScoreColumn, Qt::EditRole));
    if (!ok)
        refresh();
}

FeedbackId IncrementsView::addFeedback(
    const QDate &date, const QString &text, std::optional<int> score)
{
    const IncrementId increment = currentIncrement();
    if (!increment.isValid())
        return {};
    const FeedbackId id = m_document->addFeedback(increment, {}, date, text, score);
    if (id.isValid())
        selectFeedback(id);
    return id;
}

void IncrementsView::addFeedbackDialog()
{
    if (!currentIncrement().isValid())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Customer Feedback"));
    auto *form = new QFormLayout(&dialog);
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(dateFormat());
    auto *text = new QPlainTextEdit(&dialog);
    text->setPlaceholderText(tr("What did the customer say?"));
    auto *score = new QSpinBox(&dialog);
    score->setRange(0, 5);
    score->setSpecialValueText(tr("No score"));
    score->setSuffix(tr(" of 5"));
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Feedback:"), text);
    form->addRow(tr("&Score:"), score);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(480, 300);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addFeedback(date->date(), text->toPlainText(),
        score->value() > 0 ? std::optional<int>(score->value()) : std::nullopt);
}

StoryId IncrementsView::makeStoryFromFeedback()
{
    const FeedbackId id = currentFeedback();
    if (!id.isValid())
        return {};
    const Feedback f = m_document->feedback(id);
    // The new story goes where the feedback points: the step of the story it is about, else of
    // the first story the increment shipped, else the plan's first step.
    StepId step;
    QList<GoalId> goals;
    if (f.storyId.isValid()) {
        step = m_document->story(f.storyId).stepId;
        goals = m_document->storyGoals(f.storyId);
    }
    if (f.incrementId.isValid()) {
        const Increment inc = m_document->increment(f.incrementId);
        if (!step.isValid() && !m_document->incrementStories(f.incrementId).isEmpty())
            step = m_document->story(m_document->incrementStories(f.incrementId).constFirst())
                       .stepId;
        if (inc.releaseId.isValid())
            goals += m_document->releaseGoals(inc.releaseId);
    }
    if (!step.isValid()) {
        for (ActivityId a : m_document->activities()) {
            if (!m_document->steps(a).isEmpty()) {
                step = m_document->steps(a).constFirst();
                break;
            }
        }
    }
    QList<GoalId> unique;
    for (GoalId g : goals)
        if (!unique.contains(g))
            unique.append(g);
    const StoryId story = m_document->storyFromFeedback(id, step, titleFrom(f.text), unique);
    if (story.isValid())
        m_status->setText(tr("New unplanned story “%1” under “%2”.")
                              .arg(m_document->story(story).title, m_document->step(step).title));
    return story;
}

} // namespace Valuemap
