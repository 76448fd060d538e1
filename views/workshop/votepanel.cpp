#include "workshop/votepanel.h"

#include "widgets/theme.h"

#include "storage/document.h"
#include "workshop/startvotedialog.h"
#include "workshop/votedots.h"

#include <QComboBox>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

QIcon dotIcon(const QColor &color)
{
    QPixmap pixmap(48, 48);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Theme::colors().panel, 4));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(4, 4, 40, 40));
    return QIcon(pixmap);
}

QFont bigFont(QWidget *widget, qreal factor)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

QPushButton *button(const QString &text, QWidget *parent, const QString &name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

VotePanel::VotePanel(QWidget *parent)
    : QDockWidget(tr("Dot Vote"), parent)
{
    setObjectName(u"votePanel"_s);
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    m_empty = new QLabel(tr("No dot vote yet. Start one, then click the cards (or vision notes) "
                            "to place each participant's dots."),
        page);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);
    auto *start = button(tr("Start Dot Vote…"), page, u"startVote"_s);
    connect(start, &QPushButton::clicked, this, [this] { openStartDialog(); });

    m_body = new QWidget(page);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_voteChoice = new QComboBox(m_body);
    m_voteChoice->setObjectName(u"voteChoice"_s);
    m_voteChoice->setAccessibleName(tr("Vote"));
    connect(m_voteChoice, &QComboBox::activated, this,
        [this](int index) { setCurrentVote(VoteId(m_voteChoice->itemData(index).toLongLong())); });
    layout->addWidget(m_voteChoice);
    m_summary = new QLabel(m_body);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *life = new QHBoxLayout;
    m_end = button(tr("End Vote"), m_body, u"endVote"_s);
    m_discard = button(tr("Discard"), m_body, u"discardVote"_s);
    connect(m_end, &QPushButton::clicked, this, &VotePanel::toggleEnded);
    connect(m_discard, &QPushButton::clicked, this, &VotePanel::discard);
    life->addWidget(m_end);
    life->addWidget(m_discard);
    layout->addLayout(life);

    m_participants = new QListWidget(m_body);
    m_participants->setObjectName(u"voteParticipantsList"_s);
    m_participants->setAccessibleName(tr("Participants and their dots left"));
    m_participants->setFont(bigFont(this, 1.35));
    m_participants->setIconSize(QSize(26, 26));
    m_participants->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_participants, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem *item = m_participants->item(row))
            setCurrentParticipant(ParticipantId(item->data(Qt::UserRole).toLongLong()));
    });
    layout->addWidget(m_participants, 2);
    auto *people = new QHBoxLayout;
    m_addParticipant = button(tr("Add…"), m_body, u"addParticipant"_s);
    m_renameParticipant = button(tr("Rename…"), m_body, u"renameParticipant"_s);
    m_removeParticipant = button(tr("Remove"), m_body, u"removeParticipant"_s);
    connect(m_addParticipant, &QPushButton::clicked, this, &VotePanel::addParticipant);
    connect(m_renameParticipant, &QPushButton::clicked, this, &VotePanel::renameParticipant);
    connect(m_removeParticipant, &QPushButton::clicked, this, &VotePanel::removeParticipant);
    people->addWidget(m_addParticipant);
    people->addWidget(m_renameParticipant);
    people->addWidget(m_removeParticipant);
    layout->addLayout(people);

    m_hint = new QLabel(m_body);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_status = new QLabel(m_body);
    m_status->setObjectName(u"voteStatus"_s);
    m_status->setWordWrap(true);
    m_status->setFont(bigFont(this, 1.15));
    layout->addWidget(m_status);

    auto *resultsTitle = new QLabel(tr("<b>Result</b>"), m_body);
    layout->addWidget(resultsTitle);
    m_results = new QTreeWidget(m_body);
    m_results->setObjectName(u"voteResults"_s);
    m_results->setAccessibleName(tr("Result by votes"));
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({ tr("Dots"), tr("Item") });
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->setFont(bigFont(this, 1.15));
    layout->addWidget(m_results, 3);
    auto *apply = new QHBoxLayout;
    m_applyValue = button(tr("Apply as Business Value"), m_body, u"applyValue"_s);
    auto *scales = new QMenu(m_applyValue);
    scales->addAction(tr("Business Value = Dots"), this, [this] { applyAsBusinessValue(0); });
    scales->addAction(tr("Scaled to 1–10"), this, [this] { applyAsBusinessValue(10); });
    scales->addAction(tr("Scaled to 1–100"), this, [this] { applyAsBusinessValue(100); });
    m_applyValue->setMenu(scales);
    m_applyOrder = button(tr("Order by Votes"), m_body, u"applyOrder"_s);
    connect(m_applyOrder, &QPushButton::clicked, this, &VotePanel::applyAsOrder);
    apply->addWidget(m_applyValue);
    apply->addWidget(m_applyOrder);
    layout->addLayout(apply);

    outer->addWidget(m_body, 1);
    outer->addWidget(start);
    setWidget(page);
    setMinimumWidth(240);
    connect(this, &QDockWidget::visibilityChanged, this, [this] { updateShownVote(); });
    refresh();
}

void VotePanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_vote = {};
    m_participant = {};
    m_views.removeAll(nullptr);
    if (m_document) {
        connect(m_document, &Document::changed, this, &VotePanel::onChanged);
        connect(m_document, &Document::writableChanged, this, &VotePanel::refresh); // offline and back
        const QList<VoteId> votes = m_document->votes();
        if (!votes.isEmpty())
            m_vote = votes.last();
    }
    say({});
    refresh();
}

void VotePanel::addCastingView(QGraphicsView *view)
{
    m_views.removeAll(nullptr);
    m_views.append(view);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

void VotePanel::setCurrentVote(VoteId vote)
{
    if (vote == m_vote)
        return;
    m_vote = vote;
    m_participant = {};
    say({});
    refresh();
    if (m_document && m_vote.isValid())
        emit screenWanted(
            m_document->vote(m_vote).subject == VoteSubject::Stories ? u"map"_s : u"vision"_s);
}

void VotePanel::setCurrentParticipant(ParticipantId participant)
{
    if (participant == m_participant)
        return;
    m_participant = participant;
    refreshParticipants();
    if (m_document && participant.isValid())
        say(tr("Now voting: %1, %n dot(s) left.", "", m_document->dotsLeft(participant))
                .arg(m_document->voteParticipant(participant).name));
}

bool VotePanel::isVoting() const
{
    return m_document && isVisible() && m_participant.isValid() && m_vote.isValid()
        && m_document->vote(m_vote).state == VoteState::Open && !m_document->isReadOnly();
}

QString VotePanel::statusText() const
{
    return m_status->text();
}

void VotePanel::say(const QString &text)
{
    m_status->setText(text);
}

StartVoteDialog *VotePanel::openStartDialog()
{
    if (!m_document)
        return nullptr;
    auto *dialog = new StartVoteDialog(m_document, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        show();
        raise();
        // The vote just started, not the newest by date (an imported one may be dated later).
        setCurrentVote(dialog->startedVote());
    });
    dialog->open();
    return dialog;
}

// ---- the vote's life and result -------------------------------------------------------------

void VotePanel::toggleEnded()
{
    if (!m_document || !m_vote.isValid())
        return;
    const bool open = m_document->vote(m_vote).state == VoteState::Open;
    if (open ? m_document->endVote(m_vote) : m_document->reopenVote(m_vote))
        say(open ? tr("The vote has ended; its result stands. Reopen it to vote on.")
                 : tr("The vote is open again."));
}

void VotePanel::discard()
{
    if (m_document && m_vote.isValid() && m_document->discardVote(m_vote))
        say(tr("Discarded. Edit → Undo brings the vote back."));
}

void VotePanel::applyAsBusinessValue(int scaleMax)
{
    if (m_document && m_vote.isValid() && m_document->applyVoteAsBusinessValue(m_vote, scaleMax))
        say(tr("The voted stories have their business value now. Edit → Undo takes it back."));
}

void VotePanel::applyAsOrder()
{
    if (m_document && m_vote.isValid() && m_document->applyVoteAsOrder(m_vote))
        say(m_document->vote(m_vote).subject == VoteSubject::Stories
                ? tr("Each step's stories are in the order of the votes now.")
                : tr("Each area's notes are in the order of the votes now."));
}

void VotePanel::addParticipant()
{
    if (!m_document || !m_vote.isValid())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Add Participant"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (ok) {
        const ParticipantId added = m_document->addVoteParticipant(m_vote, name);
        if (added.isValid())
            setCurrentParticipant(added);
    }
}

void VotePanel::renameParticipant()
{
    if (!m_document || !m_participant.isValid())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Participant"), tr("Name:"),
        QLineEdit::Normal, m_document->voteParticipant(m_participant).name, &ok);
    if (ok)
        m_document->renameVoteParticipant(m_participant, name);
}

void VotePanel::removeParticipant()
{
    if (m_document && m_participant.isValid() && m_document->removeVoteParticipant(m_participant))
        m_participant = {};
    refreshParticipants();
}

// ---- showing ---------------------------------------------------------------------------------

void VotePanel::onChanged(const ChangeSet &changes)
{
    for (const RowOp &op : changes) {
        switch (op.table) {
        case Table::Vote:
            if (op.kind == RowOp::Insert && !m_vote.isValid())
                m_vote = VoteId(op.id); // a vote brought back by undo
            [[fallthrough]];
        case Table::VoteParticipant:
        case Table::VoteDot:
        case Table::Story:
        case Table::VisionNote:
            refresh();
            return;
        default:
            break;
        }
    }
}

void VotePanel::refresh()
{
    const QList<VoteId> votes = m_document ? m_document->votes() : QList<VoteId>();
    if (m_vote.isValid() && !votes.contains(m_vote))
        m_vote = votes.isEmpty() ? VoteId() : votes.last();
    m_voteChoice->clear();
    for (VoteId id : votes) {
        const Vote v = m_document->vote(id);
        m_voteChoice->addItem(v.state == VoteState::Open ? v.title : tr("%1 (ended)").arg(v.title),
            QVariant::fromValue<qint64>(id.value));
        if (id == m_vote)
            m_voteChoice->setCurrentIndex(m_voteChoice->count() - 1);
    }
    const bool hasVote = m_document && m_vote.isValid();
    m_body->setVisible(hasVote);
    m_empty->setVisible(!hasVote);
    if (hasVote) {
        const Vote v = m_document->vote(m_vote);
        const bool open = v.state == VoteState::Open;
        const QString subject
            = v.subject == VoteSubject::Stories ? tr("stories") : tr("vision notes");
        m_summary->setText(
            tr("<b>%1</b><br>On %2 · %n dot(s) each · %3", "", v.dotsPerParticipant)
                .arg(v.title.toHtmlEscaped(), subject, open ? tr("open") : tr("ended")));
        m_end->setText(open ? tr("End Vote") : tr("Reopen"));
        m_hint->setText(open ? (v.subject == VoteSubject::Stories
                                ? tr("Click a card to place a dot for the chosen participant; "
                                     "Shift+click takes one back. Keys: + or Space place, − "
                                     "takes back, 1–9 choose who votes.")
                                : tr("Click a vision note to place a dot for the chosen "
                                     "participant; Shift+click takes one back. Keys: + or "
                                     "Space place, − takes back, 1–9 choose who votes."))
                             : tr("The vote has ended: its dots stay as they are."));
        const bool writable = !m_document->isReadOnly();
        m_end->setEnabled(writable);
        m_discard->setEnabled(writable);
        m_addParticipant->setEnabled(writable);
        m_renameParticipant->setEnabled(writable);
        m_removeParticipant->setEnabled(writable && open);
        m_applyValue->setVisible(v.subject == VoteSubject::Stories);
        m_applyOrder->setText(v.subject == VoteSubject::Stories ? tr("Order Steps by Votes")
                                                                : tr("Order Areas by Votes"));
    }
    refreshParticipants();
    refreshResults();
    updateShownVote();
}

void VotePanel::refreshParticipants()
{
    const QSignalBlocker blocker(m_participants);
    m_participants->clear();
    if (!m_document || !m_vote.isValid())
        return;
    const QList<ParticipantId> all = m_document->voteParticipants(m_vote);
    if (!all.contains(m_participant))
        m_participant = all.value(0);
    const int total = m_document->vote(m_vote).dotsPerParticipant;
    for (int i = 0; i < all.size(); ++i) {
        const VoteParticipant p = m_document->voteParticipant(all[i]);
        const int left = m_document->dotsLeft(all[i]);
        // Filled dots for the ones left, rings for the ones placed: visible from the back row.
        const QString dots = total <= 10
            ? QString(left, QChar(0x25CF)) + QString(total - left, QChar(0x25CB))
            : QString();
        auto *item = new QListWidgetItem(dotIcon(VoteDots::participantColor(p.rank)),
            tr("%1. %2   %3 %n left", "", left).arg(i + 1).arg(p.name, dots), m_participants);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(p.id.value));
        if (p.id == m_participant)
            m_participants->setCurrentItem(item);
    }
}

QString VotePanel::itemTitle(const VoteResult &result) const
{
    const QString text = result.storyId.isValid() ? m_document->story(result.storyId).title
                                                  : m_document->visionNote(result.noteId).text;
    return text.section(u'\n', 0, 0);
}

void VotePanel::refreshResults()
{
    m_results->clear();
    if (!m_document || !m_vote.isValid())
        return;
    const QList<VoteResult> results = m_document->voteResults(m_vote);
    for (const VoteResult &r : results)
        new QTreeWidgetItem(m_results, { QString::number(r.dots), itemTitle(r) });
    m_applyValue->setEnabled(!results.isEmpty() && !m_document->isReadOnly());
    m_applyOrder->setEnabled(!results.isEmpty() && !m_document->isReadOnly());
}

void VotePanel::updateShownVote()
{
    if (m_document)
        VoteOverlay::of(m_document)->setShownVote(isVisible() ? m_vote : VoteId());
}

} // namespace Valuemap
