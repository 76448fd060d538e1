#include "widgets/storydetailspanel.h"

#include "widgets/theme.h"

#include "itemmodels/storymapmodel.h"
#include "storage/document.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

StoryDetailsPanel::StoryDetailsPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *outer = new QVBoxLayout(this);
    m_placeholder = new QLabel(tr("Select a story to see and edit its details."), this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_placeholder);

    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_title = new QLineEdit(m_form);
    m_description = new QPlainTextEdit(m_form);
    m_acceptance = new QPlainTextEdit(m_form);
    m_estimate = new QLineEdit(m_form);
    m_value = new QLineEdit(m_form);
    m_status = new QComboBox(m_form);
    m_release = new QComboBox(m_form);
    m_persona = new QComboBox(m_form);
    m_color = new QComboBox(m_form);
    // Sticky-note colours that print well and keep dark text readable.
    const QStringList values = Theme::cardColors();
    const QList<std::pair<QString, QString>> colors = {
        { tr("Default"), values[0] }, { tr("Yellow"), values[1] }, { tr("Orange"), values[2] },
        { tr("Pink"), values[3] },    { tr("Purple"), values[4] }, { tr("Blue"), values[5] },
        { tr("Green"), values[6] },   { tr("Grey"), values[7] },
    };
    for (const auto &[name, value] : colors) {
        QPixmap swatch(14, 14);
        swatch.fill(value.isEmpty() ? Theme::colors().cardPaper : QColor::fromString(value));
        m_color->addItem(QIcon(swatch), name, value);
    }
    connect(Theme::instance(), &Theme::changed, m_color, [this] { // "Default" is the theme's paper
        QPixmap swatch(14, 14);
        swatch.fill(Theme::colors().cardPaper);
        m_color->setItemIcon(0, QIcon(swatch));
    });
    m_tags = new QLineEdit(m_form);
    m_goals = new QListWidget(m_form);
    m_description->setTabChangesFocus(true);
    m_acceptance->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the story is about and why it matters"));
    m_acceptance->setPlaceholderText(tr("One criterion per line"));
    m_estimate->setPlaceholderText(tr("e.g. 3"));
    m_value->setPlaceholderText(tr("e.g. 40"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. payments, mobile"));
    m_goals->setMaximumHeight(90);
    m_description->setMaximumHeight(120);
    m_acceptance->setMaximumHeight(140);
    setMinimumWidth(320);
    for (int s = 0; s < StoryStatusCount; ++s)
        m_status->addItem(StoryMapModel::statusName(static_cast<StoryStatus>(s)), s);

    m_key = new QLabel(m_form);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setAccessibleName(tr("Story key"));
    form->addRow(tr("Key:"), m_key);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Acceptance criteria:"), m_acceptance);
    form->addRow(tr("&Estimate:"), m_estimate);
    form->addRow(tr("Business &value:"), m_value);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Release:"), m_release);
    form->addRow(tr("&Persona:"), m_persona);
    form->addRow(tr("&Colour:"), m_color);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&Goals:"), m_goals);
    outer->addWidget(m_form);
    outer->addStretch(1);

    for (QWidget *editor : { static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_description),
                             static_cast<QWidget *>(m_acceptance), static_cast<QWidget *>(m_estimate),
                             static_cast<QWidget *>(m_value), static_cast<QWidget *>(m_tags) })
        editor->installEventFilter(this);
    for (QLineEdit *line : { m_title, m_estimate, m_value, m_tags })
        connect(line, &QLineEdit::returnPressed, this, [this, line] { commitText(line); });

    connect(m_status, &QComboBox::activated, this, [this] {
        if (!m_document->setStoryField(m_story, StoryField::Status, m_status->currentData()))
            refresh();
    });
    connect(m_persona, &QComboBox::activated, this, [this] {
        if (!m_document->setStoryField(m_story, StoryField::Persona, m_persona->currentData()))
            refresh();
    });
    connect(m_color, &QComboBox::activated, this, [this] {
        if (!m_document->setStoryField(m_story, StoryField::Color, m_color->currentData()))
            refresh();
    });
    connect(m_release, &QComboBox::activated, this, [this] {
        const Story s = m_document->story(m_story);
        if (!m_document->moveStories({ m_story }, s.stepId, ReleaseId(m_release->currentData().toLongLong()), s.rank))
            refresh();
    });
    connect(m_goals, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_refreshing)
            return;
        const GoalId goal(item->data(Qt::UserRole).toLongLong());
        if (!m_document->linkStoryGoal(m_story, goal, item->checkState() == Qt::Checked))
            refresh();
    });
    connect(m_document, &Document::changed, this, &StoryDetailsPanel::onChanged);
    // A server plan that goes offline takes no edits until it is back: the fields say so (what
    // is typed in them stays).
    connect(m_document, &Document::writableChanged, this, &StoryDetailsPanel::followWritable);
    refresh();
}

void StoryDetailsPanel::setStory(StoryId id)
{
    if (m_story == id)
        return;
    // Leaving a story commits what was typed into it.
    if (m_story.isValid() && m_form->isVisible()) {
        if (QWidget *focused = focusWidget())
            commitText(focused);
    }
    m_story = id;
    refresh();
}

bool StoryDetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        commitText(static_cast<QWidget *>(watched));
    return QWidget::eventFilter(watched, event);
}

void StoryDetailsPanel::commitText(QWidget *editor)
{
    if (m_refreshing || !m_document->store().contains(Table::Story, m_story.value))
        return;
    bool ok = true;
    if (editor == m_title)
        ok = m_document->setStoryField(m_story, StoryField::Title, m_title->text());
    else if (editor == m_description)
        ok = m_document->setStoryField(m_story, StoryField::Description, m_description->toPlainText());
    else if (editor == m_acceptance)
        ok = m_document->setStoryField(m_story, StoryField::AcceptanceCriteria, m_acceptance->toPlainText());
    else if (editor == m_estimate)
        ok = m_document->setStoryField(m_story, StoryField::Estimate, m_estimate->text());
    else if (editor == m_value)
        ok = m_document->setStoryField(m_story, StoryField::BusinessValue, m_value->text());
    else if (editor == m_tags)
        ok = m_document->setStoryTags(m_story, m_tags->text().split(u','));
    if (!ok)
        refresh(); // the document said why; show what it still holds
}

void StoryDetailsPanel::onChanged(const ChangeSet &changes)
{
    for (const RowOp &op : changes) {
        const bool mine = (op.table == Table::Story && op.id == m_story.value)
                || op.table == Table::Release || op.table == Table::Persona || op.table == Table::Goal
                || op.table == Table::StoryTag || op.table == Table::StoryGoal;
        if (mine) {
            refresh();
            return;
        }
    }
}

void StoryDetailsPanel::refresh()
{
    const bool exists = m_document->store().contains(Table::Story, m_story.value);
    m_placeholder->setVisible(!exists);
    m_form->setVisible(exists);
    if (!exists)
        return;
    m_refreshing = true;
    const Story s = m_document->story(m_story);
    auto setLine = [](QLineEdit *line, const QString &text) {
        if (line->text() != text)
            line->setText(text);
    };
    auto setPlain = [](QPlainTextEdit *edit, const QString &text) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    };
    m_key->setText(s.key);
    setLine(m_title, s.title);
    setPlain(m_description, s.description);
    setPlain(m_acceptance, s.acceptanceCriteria);
    setLine(m_estimate, s.estimate ? QLocale().toString(*s.estimate) : QString());
    setLine(m_value, s.businessValue ? QString::number(*s.businessValue) : QString());
    setLine(m_tags, m_document->storyTags(m_story).join(u", "_s));
    m_status->setCurrentIndex(m_status->findData(int(s.status)));

    m_release->clear();
    m_release->addItem(tr("Unplanned"), qint64(0));
    for (ReleaseId id : m_document->releases())
        m_release->addItem(m_document->release(id).name, id.value);
    m_release->setCurrentIndex(std::max(0, m_release->findData(s.releaseId.value)));

    m_persona->clear();
    m_persona->addItem(tr("(none)"), qint64(0));
    for (PersonaId id : m_document->personas())
        m_persona->addItem(m_document->persona(id).name, id.value);
    m_persona->setCurrentIndex(std::max(0, m_persona->findData(s.personaId.value)));

    const QString color = s.color.isValid() ? s.color.name() : QString();
    int colorAt = m_color->findData(color);
    if (colorAt < 0) {
        // A colour set elsewhere (an import, another tool) is shown, not lost.
        QPixmap swatch(14, 14);
        swatch.fill(s.color);
        m_color->addItem(QIcon(swatch), color, color);
        colorAt = m_color->count() - 1;
    }
    m_color->setCurrentIndex(colorAt);

    m_goals->clear();
    const QList<GoalId> linked = m_document->storyGoals(m_story);
    for (GoalId id : m_document->goals()) {
        auto *item = new QListWidgetItem(m_document->goal(id).name, m_goals);
        item->setData(Qt::UserRole, id.value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(linked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_document->goals().isEmpty())
        new QListWidgetItem(tr("No customer goals in this plan yet"), m_goals);

    followWritable();
    m_refreshing = false;
}

void StoryDetailsPanel::followWritable()
{
    const bool editable = !m_document->isReadOnly();
    for (QWidget *w : m_form->findChildren<QWidget *>())
        w->setEnabled(editable);
}

} // namespace Valuemap
