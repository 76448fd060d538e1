#include "releases/slicedetailspanel.h"
#include "domain/dates.h"

#include "widgets/theme.h"

#include "itemmodels/releasesmodel.h"
#include "releases/boarditems.h"
#include "storage/document.h"
#include "storage/slicecheck.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {
const QDate NoDate(2000, 1, 1); // shown as "No date"
} // namespace

SliceDetailsPanel::SliceDetailsPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    connect(Theme::instance(), &Theme::changed, this, &SliceDetailsPanel::refresh); // its colours
    auto *outer = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Slice details</b>"), this);
    outer->addWidget(heading);
    m_placeholder
        = new QLabel(tr("Click a slice on the board to see and edit what it is for."), this);
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);

    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_name = new QLineEdit(m_form);
    m_status = new QComboBox(m_form);
    // A date picker with a "no date" state: the earliest date stands for none.
    m_targetDate = new QDateEdit(m_form);
    m_targetDate->setObjectName(u"sliceTargetDate"_s);
    m_targetDate->setCalendarPopup(true);
    m_targetDate->setMinimumDate(NoDate);
    m_targetDate->setSpecialValueText(tr("No date"));
    m_targetDate->setDisplayFormat(dateFormat());
    m_capacity = new QLineEdit(m_form);
    m_outcome = new QPlainTextEdit(m_form);
    m_goals = new QListWidget(m_form);
    m_check = new QLabel(m_form);
    m_delivered = new QLabel(m_form);
    m_inputError = new QLabel(m_form);
    for (QLabel *label : { m_check, m_delivered, m_inputError }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    Theme::markAsError(m_inputError);
    m_inputError->hide();
    m_capacity->setPlaceholderText(tr("Story points the team can take, e.g. 40"));
    m_outcome->setPlaceholderText(tr("The outcome or hypothesis: what should this slice achieve, "
                                     "or let you learn?"));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setMaximumHeight(130);
    m_goals->setMaximumHeight(100);
    for (int s = 0; s < ReleaseStatusCount; ++s)
        m_status->addItem(ReleasesModel::statusName(static_cast<ReleaseStatus>(s)), s);

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Target date:"), m_targetDate);
    form->addRow(tr("&Capacity:"), m_capacity);
    form->addRow(m_inputError);
    form->addRow(tr("&Outcome / hypothesis:"), m_outcome);
    form->addRow(tr("Customer &goals it should move:"), m_goals);
    form->addRow(tr("Check:"), m_check);
    form->addRow(tr("Delivered:"), m_delivered);
    outer->addWidget(m_form);
    outer->addStretch(1);
    setMinimumWidth(250);

    for (QWidget *editor : { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_targetDate),
             static_cast<QWidget *>(m_capacity), static_cast<QWidget *>(m_outcome) })
        editor->installEventFilter(this);
    for (QLineEdit *line : { m_name, m_capacity })
        connect(line, &QLineEdit::returnPressed, this, [this, line] { commit(line); });
    // A date picked in the calendar is committed at once; a typed one when the field is left.
    connect(m_targetDate, &QDateEdit::editingFinished, this, [this] { commit(m_targetDate); });
    connect(m_targetDate->calendarWidget(), &QCalendarWidget::clicked, this,
        [this] { commit(m_targetDate); });
    connect(m_status, &QComboBox::activated, this, [this] {
        if (!m_document->setReleaseField(m_release, ReleaseField::Status, m_status->currentData()))
            refresh();
    });
    connect(m_goals, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_refreshing)
            return;
        const GoalId goal(item->data(Qt::UserRole).toLongLong());
        if (!m_document->linkReleaseGoal(m_release, goal, item->checkState() == Qt::Checked))
            refresh();
    });
    connect(m_document, &Document::changed, this, [this] { refresh(); });
    refresh();
}

void SliceDetailsPanel::setRelease(ReleaseId release)
{
    if (release == m_release)
        return;
    m_release = release;
    m_inputError->hide();
    refresh();
}

bool SliceDetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        commit(static_cast<QWidget *>(watched));
    return QWidget::eventFilter(watched, event);
}

void SliceDetailsPanel::commit(QWidget *editor)
{
    if (m_refreshing || !m_release.isValid()
        || !m_document->store().contains(Table::Release, m_release.value))
        return;
    m_inputError->hide();
    const Release r = m_document->release(m_release);
    bool ok = true;
    if (editor == m_name && m_name->text() != r.name) {
        ok = m_document->setReleaseField(m_release, ReleaseField::Name, m_name->text());
    } else if (editor == m_outcome && m_outcome->toPlainText() != r.outcome) {
        ok = m_document->setReleaseField(
            m_release, ReleaseField::Outcome, m_outcome->toPlainText());
    } else if (editor == m_targetDate) {
        const QDate date = m_targetDate->date() == NoDate ? QDate() : m_targetDate->date();
        if (date != r.targetDate)
            ok = m_document->setReleaseField(m_release, ReleaseField::TargetDate, date);
    } else if (editor == m_capacity) {
        const QString text = m_capacity->text().trimmed();
        const QString current = r.capacity ? QLocale().toString(*r.capacity, 'g', 6) : QString();
        if (text != current)
            ok = m_document->setReleaseField(m_release, ReleaseField::Capacity, text);
        if (!ok) {
            m_inputError->setText(m_document->lastError().toHtmlEscaped());
            m_inputError->show();
            return;
        }
    }
    if (!ok)
        refresh();
}

void SliceDetailsPanel::refresh()
{
    const bool exists
        = m_release.isValid() && m_document->store().contains(Table::Release, m_release.value);
    m_placeholder->setVisible(!exists);
    m_form->setVisible(exists);
    if (!exists)
        return;
    m_refreshing = true;
    const Release r = m_document->release(m_release);
    auto setLine = [](QLineEdit *edit, const QString &text) {
        if (!edit->hasFocus() && edit->text() != text)
            edit->setText(text);
    };
    setLine(m_name, r.name);
    if (!m_targetDate->hasFocus())
        m_targetDate->setDate(r.targetDate.isValid() ? r.targetDate : NoDate);
    setLine(m_capacity, r.capacity ? QLocale().toString(*r.capacity, 'g', 6) : QString());
    if (!m_outcome->hasFocus() && m_outcome->toPlainText() != r.outcome)
        m_outcome->setPlainText(r.outcome);
    m_status->setCurrentIndex(int(r.status));

    const QList<GoalId> linked = m_document->releaseGoals(m_release);
    m_goals->clear();
    for (GoalId g : m_document->goals()) {
        auto *item = new QListWidgetItem(m_document->goal(g).name, m_goals);
        item->setData(Qt::UserRole, g.value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(linked.contains(g) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_document->goals().isEmpty())
        m_goals->addItem(tr("No customer goals yet: add them on the Goals screen."));

    const QStringList warnings = sliceWarnings(*m_document, checkSlice(*m_document, m_release));
    QString check;
    for (const QString &w : warnings)
        check += u"<p style='color:%1'>⚠ "_s.arg(Theme::colors().caution.name()) + w.toHtmlEscaped()
                + u"</p>"_s;
    m_check->setText(warnings.isEmpty()
            ? u"<span style='color:%1'>"_s.arg(Theme::colors().success.name())
                    + tr("✓ A working product with a clear purpose.") + u"</span>"_s
            : check);
    QStringList deliveries;
    QStringList details; // with the whole commit
    for (IncrementId inc : m_document->increments()) {
        const Increment increment = m_document->increment(inc);
        if (increment.releaseId == m_release)
            deliveries.append(
                tr("%1: %n story(s)", "", int(m_document->incrementStories(inc).size()))
                        .arg(shortDate(increment.date))
                    // What a pipeline said it shipped (text, so escaped for the rich label).
                    + (pipelineSummary(increment).isEmpty() ? QString()
                                                            : u" · "_s + pipelineSummary(increment).toHtmlEscaped()));
        if (increment.releaseId == m_release && !pipelineDetails(increment).isEmpty())
            details.append(pipelineDetails(increment));
    }
    m_delivered->setText(deliveries.isEmpty() ? tr("Not yet") : deliveries.join(u"<br>"_s));
    m_delivered->setToolTip(details.join(u'\n'));
    m_delivered->setAccessibleDescription(details.join(u'\n'));
    m_refreshing = false;
}

} // namespace Valuemap
