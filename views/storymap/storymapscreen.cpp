#include "storymap/storymapscreen.h"

#include "workshop/capturebar.h"

#include "itemmodels/storymapmodel.h"
#include "storage/document.h"
#include "storymap/mapoverview.h"
#include "storymap/storymapscene.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapview.h"
#include "widgets/flowlayout.h"
#include "widgets/storydetailspanel.h"
#include "widgets/storyfinder.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QVBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

StoryMapScreen::StoryMapScreen(Document *document, QWidget *parent)
    : QMainWindow(parent), m_document(document)
{
    setWindowFlags(Qt::Widget);
    m_scene = new StoryMapScene(document, this);
    m_view = new StoryMapView(m_scene, this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createFilterBar();
    layout->addWidget(m_search->parentWidget());
    layout->addWidget(m_view, 1);
    m_capture = createMapCaptureBar(m_view, central);
    m_capture->hide();
    layout->addWidget(m_capture);
    setCentralWidget(central);

    m_details = new StoryDetailsPanel(document, this);
    auto *dock = new QDockWidget(tr("Story Details"), this);
    dock->setObjectName(u"storyDetailsDock"_s);
    dock->setWidget(m_details);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({ dock }, { 360 }, Qt::Horizontal);
    connect(m_view, &StoryMapView::currentStoryChanged, m_details, &StoryDetailsPanel::setStory);

    createActions();
    QAction *toggleDetails = dock->toggleViewAction();
    toggleDetails->setText(tr("Story &Details Panel"));
    m_actions.append(toggleDetails);
    connect(m_document, &Document::changed, this, [this](const ChangeSet &changes) {
        // The scene filters the cards an edit touches; the whole filter runs again only when the
        // choices it offers may have changed (a selected tag or persona may be gone).
        const bool choices = std::any_of(changes.cbegin(), changes.cend(), [](const RowOp &op) {
            return op.table == Table::Tag || op.table == Table::Persona || op.table == Table::Goal
                    || op.table == Table::Release;
        });
        if (choices) {
            refillFilterChoices();
            applyFilter();
        } else {
            updateCount();
        }
    });
    refillFilterChoices();
    applyFilter();
}

QAction *StoryMapScreen::addAction(const QString &text, const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tip);
    QWidget::addAction(action);
    m_actions.append(action);
    return action;
}

void StoryMapScreen::createActions()
{
    auto *toolbar = new QToolBar(tr("Story Map"), this);
    toolbar->setObjectName(u"storyMapToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addToolBar(Qt::TopToolBarArea, toolbar);

    struct Entry
    {
        QString text;
        QKeySequence key;
        QString tip;
        void (StoryMapView::*slot)();
        bool edits;
        bool toolbar;
    };
    const QList<Entry> entries = {
        { tr("Add &Story"), QKeySequence(Qt::Key_Insert), tr("Add a story below the selected one, or in the last clicked cell (Ins); type and press Enter to add the next"), &StoryMapView::addStory, true, true },
        { tr("Add S&tep"), QKeySequence(Qt::SHIFT | Qt::Key_Insert), tr("Add a step after the selected one (Shift+Ins)"), &StoryMapView::addStep, true, true },
        { tr("Add &Activity"), QKeySequence(Qt::CTRL | Qt::Key_Insert), tr("Add an activity to the backbone (Ctrl+Ins)"), &StoryMapView::addActivity, true, true },
        { tr("Add &Release"), QKeySequence(), tr("Add a release lane at the bottom"), &StoryMapView::addRelease, true, true },
        { tr("&Delete"), QKeySequence::Delete, tr("Delete the selected cards, steps, activities or releases (Del)"), &StoryMapView::deleteSelection, true, true },
        { tr("&Copy"), QKeySequence::Copy, tr("Copy the selected stories"), &StoryMapView::copySelection, false, false },
        { tr("&Paste"), QKeySequence::Paste, tr("Paste stories (or lines of text) below the selected card"), &StoryMapView::paste, true, false },
        { tr("Select &All"), QKeySequence::SelectAll, tr("Select every card"), &StoryMapView::selectAllCards, false, false },
        { tr("Zoom &In"), QKeySequence::ZoomIn, tr("Zoom in (Ctrl++ or Ctrl+wheel)"), &StoryMapView::zoomIn, false, true },
        { tr("Zoom &Out"), QKeySequence::ZoomOut, tr("Zoom out (Ctrl+-)"), &StoryMapView::zoomOut, false, true },
        { tr("Actual &Size"), QKeySequence(Qt::CTRL | Qt::Key_0), tr("Zoom to 100 % (Ctrl+0)"), &StoryMapView::resetZoom, false, true },
        { tr("Zoom to &Fit"), QKeySequence(Qt::CTRL | Qt::Key_9), tr("Show the whole map (Ctrl+9)"), &StoryMapView::zoomToFit, false, true },
    };
    QList<QAction *> edits;
    for (const Entry &e : entries) {
        QAction *action = addAction(e.text, e.key, e.tip);
        connect(action, &QAction::triggered, m_view, e.slot);
        if (e.edits)
            edits.append(action);
        if (e.toolbar)
            toolbar->addAction(action);
        if (e.text == tr("&Delete") || e.text == tr("Add &Release"))
            toolbar->addSeparator();
    }
    // The edits are off while the plan takes none: read-only, or a server plan offline until
    // it is back. (The capture bar stays: what is typed into it is kept, and Enter says why it
    // is not added.)
    auto followWritable = [this, edits] {
        for (QAction *action : edits)
            action->setEnabled(!m_document->isReadOnly());
    };
    connect(m_document, &Document::writableChanged, this, followWritable);
    followWritable();
    QAction *find = addAction(tr("&Find"), QKeySequence::Find, tr("Search the stories (Ctrl+F)"));
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    // F3 and Shift+F3 walk through the cards the search and filters highlight (key, title,
    // description, criteria, tags), lane by lane, left to right.
    StoryFinder::Hooks hooks;
    hooks.order = [this] {
        QList<StoryId> order;
        for (ReleaseId release : m_scene->laneOrder()) {
            if (m_scene->isLaneCollapsed(release))
                continue;
            for (StepId step : m_scene->columnSteps()) {
                for (StoryId id : m_scene->cellStories(step, release)) {
                    if (m_scene->storyMatches(id))
                        order.append(id);
                }
            }
        }
        return order;
    };
    hooks.current = [this] { return m_view->currentStory(); };
    hooks.select = [this](StoryId id) { m_view->selectStory(id); };
    hooks.matches = [](StoryId, const QString &) { return true; }; // the order holds only those
    m_finder = new StoryFinder(m_document, m_search, this, hooks);
    m_actions.append(m_finder->nextAction());
    m_actions.append(m_finder->previousAction());
    QAction *personas = addAction(tr("Show &Personas"), QKeySequence(), tr("Show the personas above the backbone"));
    personas->setCheckable(true);
    personas->setChecked(m_scene->personasShown());
    connect(personas, &QAction::toggled, m_scene, &StoryMapScene::setPersonasShown);
    toolbar->addAction(personas);
    // The overview (minimap) in the canvas's corner; the choice is kept for the next start.
    m_overview = new MapOverview(m_view);
    QAction *overview = addAction(tr("&Overview"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                  tr("Show the whole map in miniature in a corner, to jump around (Ctrl+Shift+O)"));
    overview->setCheckable(true);
    overview->setChecked(QSettings().value(u"map/overview"_s, true).toBool());
    m_overview->setEnabledByUser(overview->isChecked());
    connect(overview, &QAction::toggled, this, [this](bool on) {
        m_overview->setEnabledByUser(on);
        QSettings().setValue(u"map/overview"_s, on);
    });
    toolbar->addAction(overview);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setMinimumWidth(60);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    toolbar->addWidget(m_zoomLabel);
    auto showZoom = [this](qreal zoom) { m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); };
    connect(m_view, &StoryMapView::zoomChanged, this, showZoom);
    showZoom(m_view->zoom());
}

void StoryMapScreen::createFilterBar()
{
    // A flow, not a row: on a narrow window the filters wrap onto a second line instead of
    // making the window wider than a laptop's screen.
    auto *bar = new QWidget(this);
    bar->setObjectName(u"mapFilterBar"_s);
    auto *row = new FlowLayout(bar);
    row->setContentsMargins(8, 4, 8, 4);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search stories…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search stories"));
    m_search->setMinimumWidth(220);
    row->addWidget(m_search);
    auto makeCombo = [this, bar, row](const QString &name) {
        auto *combo = new QComboBox(bar);
        combo->setAccessibleName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &StoryMapScreen::applyFilter);
        return combo;
    };
    m_tag = makeCombo(tr("Filter by tag"));
    m_status = makeCombo(tr("Filter by status"));
    m_persona = makeCombo(tr("Filter by persona"));
    m_goal = makeCombo(tr("Filter by goal"));
    m_release = makeCombo(tr("Filter by release"));
    m_count = new QLabel(bar);
    row->addWidget(m_count);
    auto *clear = new QToolButton(bar);
    clear->setText(tr("Clear Filter"));
    row->addWidget(clear);
    connect(clear, &QToolButton::clicked, this, [this] {
        m_search->clear();
        for (QComboBox *c : { m_tag, m_status, m_persona, m_goal, m_release })
            c->setCurrentIndex(0);
    });
    connect(m_search, &QLineEdit::textChanged, this, &StoryMapScreen::applyFilter);
}

void StoryMapScreen::refillFilterChoices()
{
    auto refill = [](QComboBox *combo, const QString &any, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(any);
        for (const auto &[text, data] : items)
            combo->addItem(text, data);
        const int at = current.isValid() ? combo->findData(current) : 0;
        combo->setCurrentIndex(std::max(0, at));
    };
    QList<std::pair<QString, QVariant>> tags, statuses, personas, goals, releases;
    for (TagId id : m_document->tags())
        tags.append({ m_document->tag(id).name, m_document->tag(id).name });
    for (int s = 0; s < StoryStatusCount; ++s)
        statuses.append({ StoryMapModel::statusName(static_cast<StoryStatus>(s)), s });
    for (PersonaId id : m_document->personas())
        personas.append({ m_document->persona(id).name, id.value });
    for (GoalId id : m_document->goals())
        goals.append({ m_document->goal(id).name, id.value });
    for (ReleaseId id : m_document->releases())
        releases.append({ m_document->release(id).name, id.value });
    releases.append({ tr("Unplanned"), qint64(0) });
    refill(m_tag, tr("Any tag"), tags);
    refill(m_status, tr("Any status"), statuses);
    refill(m_persona, tr("Any persona"), personas);
    refill(m_goal, tr("Any goal"), goals);
    refill(m_release, tr("Any release"), releases);
}

void StoryMapScreen::applyFilter()
{
    StoryFilter filter;
    filter.text = m_search->text();
    filter.tag = m_tag->currentData().toString();
    if (m_status->currentIndex() > 0)
        filter.status = static_cast<StoryStatus>(m_status->currentData().toInt());
    if (m_persona->currentIndex() > 0)
        filter.persona = PersonaId(m_persona->currentData().toLongLong());
    if (m_goal->currentIndex() > 0)
        filter.goal = GoalId(m_goal->currentData().toLongLong());
    if (m_release->currentIndex() > 0)
        filter.release = ReleaseId(m_release->currentData().toLongLong());
    m_scene->setFilter(filter);
    if (m_overview)
        m_overview->refresh(); // the faded cards fade there too
    updateCount();
}

void StoryMapScreen::updateCount()
{
    const int total = int(m_document->store().count(Table::Story));
    m_count->setText(m_scene->filter().isEmpty()
                             ? tr("%n story(s)", "", total)
                             : tr("%1 of %2 stories match").arg(m_scene->matchingCount()).arg(total));
}

} // namespace Valuemap
