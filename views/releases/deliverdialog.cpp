#include "releases/deliverdialog.h"

#include "widgets/theme.h"

#include "domain/dates.h"
#include "storage/document.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

DeliverDialog::DeliverDialog(Document *document, ReleaseId release, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_release(release)
{
    const Release r = document->release(release);
    setWindowTitle(tr("Deliver “%1”").arg(r.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Record what shipped to customers. The ticked stories are marked "
                                "done on the delivery date, the slice becomes delivered, and the "
                                "increment appears in the history and the charts. Stories left "
                                "unticked stay in the slice. Undo takes it all back in one step."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat());
    m_stories = new QListWidget(this);
    m_stories->setMinimumHeight(180);
    // In map order, activity by activity, as the board shows them.
    QList<StoryId> stories;
    for (ActivityId a : document->activities()) {
        for (StepId step : document->steps(a)) {
            for (StoryId id : document->stories(step)) {
                if (document->story(id).releaseId == release)
                    stories.append(id);
            }
        }
    }
    for (StoryId id : std::as_const(stories)) {
        const Story s = document->story(id);
        auto *item = new QListWidgetItem(s.title, m_stories);
        item->setData(Qt::UserRole, id.value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(s.status == StoryStatus::Done ? Qt::Checked : Qt::Unchecked);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("What went live, for whom"));
    m_note->setMaximumHeight(70);
    m_note->setTabChangesFocus(true);
    m_feedback = new QPlainTextEdit(this);
    m_feedback->setPlaceholderText(tr("What customers said (optional)"));
    m_feedback->setMaximumHeight(70);
    m_feedback->setTabChangesFocus(true);
    m_score = new QSpinBox(this);
    m_score->setRange(0, 5);
    m_score->setSpecialValueText(tr("No score"));
    form->addRow(tr("&Delivered on:"), m_date);
    form->addRow(tr("&Stories that shipped:"), m_stories);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("Customer &feedback:"), m_feedback);
    form->addRow(tr("Feedback s&core (1–5):"), m_score);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    Theme::markAsError(m_error);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Deliver"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeliverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeliverDialog::reject);
    layout->addWidget(buttons);
    resize(520, 560);
}

QDate DeliverDialog::date() const
{
    return m_date->date();
}

void DeliverDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

QList<StoryId> DeliverDialog::shipped() const
{
    QList<StoryId> ids;
    for (int i = 0; i < m_stories->count(); ++i) {
        if (m_stories->item(i)->checkState() == Qt::Checked)
            ids.append(StoryId(m_stories->item(i)->data(Qt::UserRole).toLongLong()));
    }
    return ids;
}

void DeliverDialog::setShipped(const QList<StoryId> &stories)
{
    for (int i = 0; i < m_stories->count(); ++i) {
        const StoryId id(m_stories->item(i)->data(Qt::UserRole).toLongLong());
        m_stories->item(i)->setCheckState(stories.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

void DeliverDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void DeliverDialog::setFeedback(const QString &feedback, std::optional<int> score)
{
    m_feedback->setPlainText(feedback);
    m_score->setValue(score.value_or(0));
}

QString DeliverDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

IncrementId DeliverDialog::deliver()
{
    if (shipped().isEmpty()) {
        // Said here rather than by the document, so no second message box covers the dialog.
        m_error->setText(tr("Tick at least one story that shipped, or cancel."));
        m_error->show();
        return {};
    }
    const std::optional<int> score
        = m_score->value() > 0 ? std::optional<int>(m_score->value()) : std::nullopt;
    m_increment = m_document->deliverRelease(m_release, m_date->date(), shipped(),
        m_note->toPlainText(), m_feedback->toPlainText(), score);
    m_error->setText(m_increment.isValid() ? QString() : m_document->lastError());
    m_error->setVisible(!m_increment.isValid());
    return m_increment;
}

void DeliverDialog::accept()
{
    if (deliver().isValid())
        QDialog::accept();
}

} // namespace Valuemap
