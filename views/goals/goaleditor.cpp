#include "goals/goaleditor.h"
#include "domain/dates.h"

#include "goals/measurementstable.h"
#include "storage/document.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int KeyRole = Qt::UserRole + 1;
const QDate NoDate(2000, 1, 1);

// A number as the user typed it in their locale ("3,5" in German), else as given.
QVariant localNumber(const QString &text)
{
    bool ok = false;
    const double v = QLocale().toDouble(text.trimmed(), &ok);
    return ok ? QVariant(v) : QVariant(text.trimmed());
}

QString localText(std::optional<double> v)
{
    return v ? QLocale().toString(*v, 'f', QLocale::FloatingPointShortest) : QString();
}

} // namespace

GoalEditor::GoalEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(tr("Select a goal on the left, or add one."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_placeholder);
    m_form = new QWidget(this);
    outer->addWidget(m_form);

    auto *columns = new QHBoxLayout(m_form);
    columns->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    auto *fields = new QGroupBox(tr("Goal"), m_form);
    auto *form = new QFormLayout(fields);
    m_name = new QLineEdit(fields);
    m_name->setObjectName(u"goalName"_s);
    m_description = new QPlainTextEdit(fields);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    m_metric = new QLineEdit(fields);
    m_metric->setPlaceholderText(tr("e.g. Conversion rate"));
    m_unit = new QLineEdit(fields);
    m_unit->setPlaceholderText(tr("e.g. %, €, minutes"));
    m_baseline = new QLineEdit(fields);
    m_baseline->setObjectName(u"goalBaseline"_s);
    m_target = new QLineEdit(fields);
    m_target->setObjectName(u"goalTarget"_s);
    m_targetDate = new QDateEdit(fields);
    m_targetDate->setCalendarPopup(true);
    m_targetDate->setMinimumDate(NoDate);
    m_targetDate->setSpecialValueText(tr("None"));
    m_targetDate->setDisplayFormat(dateFormat());
    m_direction = new QComboBox(fields);
    m_direction->addItem(tr("Higher is better"));
    m_direction->addItem(tr("Lower is better"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Baseline:"), m_baseline);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("Target &date:"), m_targetDate);
    form->addRow(tr("Di&rection:"), m_direction);
    left->addWidget(fields);
    auto *measured = new QGroupBox(tr("Measurements"), m_form);
    auto *measuredLayout = new QVBoxLayout(measured);
    m_measurements = new MeasurementsTable(document, measured);
    measuredLayout->addWidget(m_measurements);
    left->addWidget(measured, 1);
    columns->addLayout(left, 3);

    auto *links = new QGroupBox(tr("Served by"), m_form);
    auto *linksLayout = new QVBoxLayout(links);
    auto *releasesLabel = new QLabel(tr("Releases that target this goal:"), links);
    releasesLabel->setWordWrap(true); // long in German; the column may be narrow
    linksLayout->addWidget(releasesLabel);
    m_releases = new QListWidget(links);
    m_releases->setObjectName(u"goalReleases"_s);
    m_releases->setMaximumHeight(110);
    linksLayout->addWidget(m_releases);
    m_summary = new QLabel(links);
    m_summary->setObjectName(u"goalStorySummary"_s);
    m_summary->setWordWrap(true);
    linksLayout->addWidget(m_summary);
    // On a plan of thousands of stories, ticking them one by one in a long list is no way to
    // link a goal: a filter, and a whole release at once.
    m_storyFilter = new QLineEdit(links);
    m_storyFilter->setObjectName(u"goalStoryFilter"_s);
    m_storyFilter->setPlaceholderText(tr("Filter by key or title…"));
    m_storyFilter->setClearButtonEnabled(true);
    m_storyFilter->setAccessibleName(tr("Filter the stories by key or title"));
    linksLayout->addWidget(m_storyFilter);
    m_stories = new QListWidget(links);
    m_stories->setObjectName(u"goalStories"_s);
    linksLayout->addWidget(m_stories, 1);
    // Below the list, on a row of its own: the column may be narrow (and German long).
    m_selectRelease = new QToolButton(links);
    m_selectRelease->setText(tr("Select the Stories of Release…"));
    m_selectRelease->setToolTip(tr("Tick every story of a release: they all serve this goal"));
    m_selectRelease->setPopupMode(QToolButton::InstantPopup);
    m_selectRelease->setMenu(new QMenu(m_selectRelease));
    linksLayout->addWidget(m_selectRelease, 0, Qt::AlignLeft);
    connect(m_storyFilter, &QLineEdit::textChanged, this, &GoalEditor::filterStories);
    connect(m_selectRelease->menu(), &QMenu::aboutToShow, this, &GoalEditor::fillReleaseMenu);
    columns->addWidget(links, 2);

    for (QWidget *editor : { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_description),
             static_cast<QWidget *>(m_metric), static_cast<QWidget *>(m_unit),
             static_cast<QWidget *>(m_baseline), static_cast<QWidget *>(m_target) })
        editor->installEventFilter(this);
    for (QLineEdit *edit : { m_name, m_metric, m_unit, m_baseline, m_target })
        connect(edit, &QLineEdit::returnPressed, this, [this, edit] { commit(edit); });
    connect(m_targetDate, &QDateEdit::dateChanged, this, [this] { commit(m_targetDate); });
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] { commit(m_direction); });
    connect(m_releases, &QListWidget::itemChanged, this, &GoalEditor::linkToggled);
    connect(m_stories, &QListWidget::itemChanged, this, &GoalEditor::linkToggled);
    connect(m_measurements, &MeasurementsTable::message, this, &GoalEditor::message);
    connect(m_document, &Document::changed, this, &GoalEditor::onChanged);
    // A server plan that goes offline takes no edits until it is back: the fields say so
    // (what is typed in them stays), and the links cannot be ticked.
    connect(m_document, &Document::writableChanged, this, [this] {
        followWritable();
        refreshLinks();
    });
    setGoal({});
}

void GoalEditor::setGoal(GoalId goal)
{
    m_goal = goal;
    m_measurements->setGoal(goal);
    refresh();
}

bool GoalEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        commit(static_cast<QWidget *>(watched));
    return QWidget::eventFilter(watched, event);
}

void GoalEditor::commit(QWidget *editor)
{
    if (m_refreshing || !m_document->store().contains(Table::Goal, m_goal.value))
        return;
    const Goal g = m_document->goal(m_goal);
    if (editor == m_name && m_name->text() != g.name)
        m_document->setGoalField(m_goal, GoalField::Name, m_name->text());
    else if (editor == m_description && m_description->toPlainText() != g.description)
        m_document->setGoalField(m_goal, GoalField::Description, m_description->toPlainText());
    else if (editor == m_metric && m_metric->text() != g.metric)
        m_document->setGoalField(m_goal, GoalField::Metric, m_metric->text());
    else if (editor == m_unit && m_unit->text() != g.unit)
        m_document->setGoalField(m_goal, GoalField::Unit, m_unit->text());
    else if (editor == m_baseline && m_baseline->text() != localText(g.baseline)) {
        if (!m_document->setGoalField(m_goal, GoalField::Baseline, localNumber(m_baseline->text())))
            refresh();
    } else if (editor == m_target && m_target->text() != localText(g.target)) {
        if (!m_document->setGoalField(m_goal, GoalField::Target, localNumber(m_target->text())))
            refresh();
    } else if (editor == m_targetDate) {
        const QDate d = m_targetDate->date() == NoDate ? QDate() : m_targetDate->date();
        if (d != g.targetDate)
            m_document->setGoalField(m_goal, GoalField::TargetDate, d);
    } else if (editor == m_direction && m_direction->currentIndex() != int(g.direction))
        m_document->setGoalField(m_goal, GoalField::Direction, m_direction->currentIndex());
}

void GoalEditor::onChanged(const ChangeSet &changes)
{
    bool fieldsChanged = false;
    bool linksChanged = false;
    for (const RowOp &op : changes) {
        if (op.table == Table::Goal && op.id == m_goal.value)
            fieldsChanged = true;
        else if (op.table == Table::StoryGoal || op.table == Table::ReleaseGoal
            || op.table == Table::Story || op.table == Table::Release)
            linksChanged = true;
    }
    if (m_linking)
        m_linksDirty = linksChanged || m_linksDirty;
    else if (fieldsChanged || !m_document->store().contains(Table::Goal, m_goal.value))
        refresh();
    else if (linksChanged && isVisible())
        refreshLinks();
    else if (linksChanged)
        m_linksDirty = true;
}

void GoalEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_linksDirty)
        refreshLinks();
}

void GoalEditor::refresh()
{
    const bool exists = m_document->store().contains(Table::Goal, m_goal.value);
    m_placeholder->setVisible(!exists);
    m_form->setVisible(exists);
    if (!exists)
        return;
    m_refreshing = true;
    const Goal g = m_document->goal(m_goal);
    const QSignalBlocker b1(m_targetDate);
    const QSignalBlocker b2(m_direction);
    if (!m_name->hasFocus() || m_name->text() != g.name)
        m_name->setText(g.name);
    if (m_description->toPlainText() != g.description)
        m_description->setPlainText(g.description);
    m_metric->setText(g.metric);
    m_unit->setText(g.unit);
    m_baseline->setText(localText(g.baseline));
    m_target->setText(localText(g.target));
    m_targetDate->setDate(g.targetDate.isValid() ? g.targetDate : NoDate);
    m_direction->setCurrentIndex(int(g.direction));
    followWritable();
    m_refreshing = false;
    refreshLinks();
}

void GoalEditor::followWritable()
{
    const bool editable = !m_document->isReadOnly();
    for (QWidget *w : m_form->findChildren<QWidget *>())
        if ((qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)) && w != m_storyFilter)
            w->setProperty("readOnly", !editable);
    m_targetDate->setEnabled(editable);
    m_selectRelease->setEnabled(editable);
    m_direction->setEnabled(editable);
}

QString GoalEditor::storySummary() const
{
    return m_summary->text();
}

void GoalEditor::refreshLinks()
{
    if (!m_document->store().contains(Table::Goal, m_goal.value))
        return;
    m_linksDirty = false;
    m_refreshing = true;
    const QSignalBlocker b1(m_releases);
    const QSignalBlocker b2(m_stories);
    const Qt::ItemFlags flags = m_document->isReadOnly()
        ? Qt::ItemIsEnabled
        : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable;
    m_releases->clear();
    for (ReleaseId id : m_document->releases()) {
        auto *item = new QListWidgetItem(m_document->release(id).name, m_releases);
        item->setData(IdRole, -id.value); // negative: a release
        item->setFlags(flags);
        item->setCheckState(
            m_document->releaseGoals(id).contains(m_goal) ? Qt::Checked : Qt::Unchecked);
    }
    // The stories that serve the goal first (done ones marked), then all others to link.
    const QList<StoryId> linked = m_document->goalStories(m_goal);
    m_stories->clear();
    int done = 0;
    QList<QListWidgetItem *> others;
    for (ActivityId a : m_document->activities()) {
        for (StepId s : m_document->steps(a)) {
            for (StoryId id : m_document->stories(s)) {
                const Story story = m_document->story(id);
                const bool isLinked = linked.contains(id);
                const bool isDone = story.status == StoryStatus::Done;
                auto *item
                    = new QListWidgetItem(isDone ? tr("%1 ✓ done").arg(story.title) : story.title);
                item->setData(IdRole, id.value);
                item->setData(KeyRole, m_document->storyKey(id));
                item->setToolTip(m_document->storyKey(id));
                item->setFlags(flags);
                item->setCheckState(isLinked ? Qt::Checked : Qt::Unchecked);
                if (isLinked) {
                    done += isDone ? 1 : 0;
                    m_stories->addItem(item);
                } else {
                    item->setForeground(palette().color(QPalette::PlaceholderText));
                    others.append(item);
                }
            }
        }
    }
    for (QListWidgetItem *item : others)
        m_stories->addItem(item);
    m_summary->setText(linked.isEmpty()
            ? tr("No story serves this goal yet. Tick the stories that do:")
            : tr("%n story(ies) serve this goal, %1 done. Tick or untick to link:", nullptr,
                int(linked.size()))
                  .arg(done));
    m_refreshing = false;
    filterStories();
}

void GoalEditor::filterStories()
{
    const QString text = m_storyFilter->text().trimmed();
    for (int row = 0; row < m_stories->count(); ++row) {
        QListWidgetItem *item = m_stories->item(row);
        const bool shown = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive)
                || item->data(KeyRole).toString().startsWith(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
    }
}

void GoalEditor::fillReleaseMenu()
{
    QMenu *menu = m_selectRelease->menu();
    menu->clear();
    QList<ReleaseId> releases = m_document->releases();
    releases.append(ReleaseId()); // the unplanned stories
    for (ReleaseId release : std::as_const(releases)) {
        const QList<StoryId> stories = m_document->storiesInRelease(release);
        const QString name = release.isValid() ? m_document->release(release).name : tr("Unplanned");
        QAction *action = menu->addAction(tr("%1 (%n story(ies))", nullptr, int(stories.size())).arg(name), this,
                                          [this, release] { linkStoriesOfRelease(release); });
        action->setEnabled(!stories.isEmpty());
    }
}

int GoalEditor::linkStoriesOfRelease(ReleaseId release)
{
    if (m_document->isReadOnly() || !m_document->store().contains(Table::Goal, m_goal.value))
        return 0;
    const QList<StoryId> linked = m_document->goalStories(m_goal);
    QList<StoryId> missing;
    for (StoryId story : m_document->storiesInRelease(release)) {
        if (!linked.contains(story))
            missing.append(story);
    }
    if (missing.isEmpty())
        return 0;
    // One undo step for the whole release.
    const QString name = release.isValid() ? m_document->release(release).name : tr("Unplanned");
    m_document->beginCompound(tr("Link the Stories of “%1” to Goal").arg(name));
    int done = 0;
    m_linking = true; // the list is rebuilt once, after the last link
    for (StoryId story : std::as_const(missing)) {
        if (!m_document->linkStoryGoal(story, m_goal, true))
            break;
        ++done;
    }
    m_document->endCompound();
    m_linking = false;
    refreshLinks();
    if (done < missing.size())
        emit message(tr("Cannot link every story"), m_document->lastError());
    return done;
}

void GoalEditor::linkToggled(QListWidgetItem *item)
{
    if (m_refreshing)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    const bool linked = item->checkState() == Qt::Checked;
    bool ok = id < 0 ? m_document->linkReleaseGoal(ReleaseId(-id), m_goal, linked)
                     : m_document->linkStoryGoal(StoryId(id), m_goal, linked);
    if (!ok)
        refreshLinks();
}

} // namespace Valuemap
