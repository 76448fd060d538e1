#include "workshop/startvotedialog.h"

#include "widgets/theme.h"

#include "storage/document.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

StartVoteDialog::StartVoteDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Start Dot Vote"));
    setObjectName(u"startVoteDialog"_s);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(tr("Most valuable stories"), this);
    m_title->setObjectName(u"voteTitle"_s);
    form->addRow(tr("&Title:"), m_title);

    m_subject = new QButtonGroup(this);
    auto *stories = new QRadioButton(tr("&Stories on the map"), this);
    auto *notes = new QRadioButton(tr("&Vision notes"), this);
    m_subject->addButton(stories, int(VoteSubject::Stories));
    m_subject->addButton(notes, int(VoteSubject::VisionNotes));
    stories->setChecked(true);
    auto *subjects = new QVBoxLayout;
    subjects->addWidget(stories);
    subjects->addWidget(notes);
    form->addRow(tr("Vote on:"), subjects);

    m_dots = new QSpinBox(this);
    m_dots->setObjectName(u"voteDots"_s);
    m_dots->setRange(1, MaxDotsPerParticipant);
    m_dots->setValue(5);
    m_dots->setSuffix(tr(" dots each"));
    form->addRow(tr("&Dots:"), m_dots);

    m_names = new QPlainTextEdit(this);
    m_names->setObjectName(u"voteParticipants"_s);
    m_names->setPlaceholderText(tr("One name per line, e.g.\nAna\nBen"));
    m_names->setTabChangesFocus(true);
    // The same people tend to vote again: offer the last names.
    m_names->setPlainText(QSettings().value(u"workshop/participants"_s).toStringList().join(u'\n'));
    form->addRow(tr("&Participants:"), m_names);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"voteProblem"_s);
    m_problem->setWordWrap(true);
    Theme::markAsError(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("Start Vote"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (start().isValid())
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_dots, &QSpinBox::valueChanged, this, &StartVoteDialog::check);
    connect(m_names, &QPlainTextEdit::textChanged, this, &StartVoteDialog::check);
    check();
    resize(460, 420);
}

void StartVoteDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

void StartVoteDialog::setSubject(VoteSubject subject)
{
    m_subject->button(int(subject))->setChecked(true);
}

void StartVoteDialog::setDots(int dots)
{
    m_dots->setValue(dots);
}

void StartVoteDialog::setParticipants(const QStringList &names)
{
    m_names->setPlainText(names.join(u'\n'));
}

QStringList StartVoteDialog::participants() const
{
    QStringList names;
    for (const QString &line : m_names->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            names.append(line.trimmed());
    }
    return names;
}

QString StartVoteDialog::problem() const
{
    return m_problem->text();
}

void StartVoteDialog::check()
{
    const QString problem = Document::voteSetupProblem(m_dots->value(), participants());
    m_problem->setText(problem);
    m_start->setEnabled(problem.isEmpty());
}

VoteId StartVoteDialog::start()
{
    const QStringList names = participants();
    m_vote = m_document->startVote(
        m_title->text(), static_cast<VoteSubject>(m_subject->checkedId()), m_dots->value(), names);
    if (!m_vote.isValid()) {
        m_problem->setText(m_document->lastError());
        return {};
    }
    QSettings().setValue(u"workshop/participants"_s, names);
    return m_vote;
}

} // namespace Valuemap
