#include "export/releaseplanrenderer.h"

#include "widgets/theme.h"
#include "export/papertext.h"

#include "itemmodels/releasesmodel.h"
#include "releases/boarditems.h"
#include "storage/document.h"
#include "storage/slicecheck.h"
#include "vision/visiontext.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

constexpr ThemeRole Good { &ThemeColors::success, true };
constexpr ThemeRole Bad { &ThemeColors::warning, true };
constexpr ThemeRole Caution { &ThemeColors::caution, true };

// Sizes in points; large enough to read from across a table.
constexpr qreal BarWidth = 4;
constexpr qreal TextIndent = 14; // the bar, then some air
constexpr qreal LabelWidth = 150; // the activity column of the stories
constexpr int NameLength = 300; // names longer than this are shortened on paper

struct StyleSpec
{
    qreal points;
    bool bold;
    qreal spaceBefore; // points, unless at the top of a page
};

StyleSpec spec(int style)
{
    static const StyleSpec specs[] = {
        { 17, true, 22 }, // Heading
        { 10.5, false, 2 }, // Meta
        { 11.5, true, 8 }, // Verdict
        { 11.5, false, 6 }, // Body
        { 10.5, false, 4 }, // Row
        { 10.5, false, 6 }, // Note
    };
    return specs[style];
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

// The date as the interface's language writes it in full (2 March 2026 / 2. März 2026).
QString longDate(const QDate &date)
{
    return VisionText::date(date,
        QLocale().language() == QLocale::German ? VisionText::Language::German
                                                : VisionText::Language::English);
}

} // namespace

ReleasePlanRenderer::ReleasePlanRenderer(const Document &document)
{
    const QList<ReleaseId> releases = document.releases();
    const QList<SliceCheck> checks = checkSlices(document); // one pass for all slices
    for (int i = 0; i < releases.size(); ++i)
        addSlice(document, releases[i], checks[i], i);
    if (releases.isEmpty())
        add(Style::Body, tr("The plan has no release slices yet."), PaperText::Muted, -1);
    const int unplanned = int(document.storiesInRelease(ReleaseId()).size());
    if (unplanned > 0)
        add(Style::Note, tr("Not yet in a release: %n story(s).", "", unplanned),
            PaperText::Muted, -1);
}

ReleasePlanRenderer::~ReleasePlanRenderer() = default;

void ReleasePlanRenderer::add(Style style, const QString &text, const QColor &color, int slice,
    int boldPrefix, const QString &label)
{
    Paragraph p;
    p.style = style;
    p.text = text;
    p.boldPrefix = boldPrefix;
    p.label = label;
    p.color = color;
    p.slice = slice;
    m_paragraphs.push_back(std::move(p));
}

void ReleasePlanRenderer::addSlice(const Document &document, ReleaseId id, const SliceCheck &check, int slice)
{
    const Release release = document.release(id);
    m_sliceColors.append(check.isWorkingProduct() ? Good : Bad);
    auto name = [this](const QString &text) {
        return PaperText::bounded(text, NameLength, &m_shortened);
    };

    add(Style::Heading, release.name.isEmpty() ? tr("(unnamed release)") : name(release.name),
        PaperText::Ink, slice);
    QDate delivered;
    const QList<IncrementId> increments = [&] {
        QList<IncrementId> own;
        for (IncrementId inc : document.increments()) {
            const Increment increment = document.increment(inc);
            if (increment.releaseId == id) {
                own.append(inc);
                delivered = std::max(delivered, increment.date);
            }
        }
        return own;
    }();
    QStringList meta { ReleasesModel::statusName(release.status) };
    if (release.targetDate.isValid())
        meta.append(tr("target date %1").arg(longDate(release.targetDate)));
    if (release.status == ReleaseStatus::Delivered && delivered.isValid())
        meta.append(tr("delivered %1").arg(longDate(delivered)));
    add(Style::Meta, meta.join(u"  ·  "_s), PaperText::Muted, slice);

    // The verdict first: a client should see at once whether the slice can be used end to end.
    QStringList warnings = sliceWarnings(document, check);
    if (check.isWorkingProduct()) {
        add(Style::Verdict,
            u"✓ "_s
                + tr("Working product: every activity of the user's journey has a story%1.")
                      .arg(check.inheritedActivities.isEmpty()
                              ? QString()
                              : tr(" (or one delivered in an earlier slice)")),
            Good, slice);
    } else {
        const int at = check.stories == 0 ? 1 : 0; // after "Empty slice"
        add(Style::Verdict, u"✗ "_s + warnings.takeAt(std::min(at, int(warnings.size()) - 1)),
            Bad, slice);
    }
    if (!release.outcome.trimmed().isEmpty()) {
        const QString label = tr("Outcome:");
        add(Style::Body,
            label + u' ' + PaperText::bounded(release.outcome.trimmed(), PaperTextLength, &m_shortened),
            PaperText::Ink, slice, int(label.size()));
    }
    QStringList goals;
    for (GoalId goal : document.releaseGoals(id))
        goals.append(name(document.goal(goal).name));
    if (!goals.isEmpty()) {
        const QString label = tr("Customer goals:");
        add(Style::Body, label + u' ' + goals.join(u"; "_s), PaperText::Ink, slice,
            int(label.size()));
    }
    QStringList totals { tr("%n story(s)", "", check.stories),
        tr("%n done", "", check.doneStories), tr("%1 points").arg(number(check.estimate)) };
    if (check.capacity)
        totals.append(tr("capacity %1 points").arg(number(*check.capacity)));
    totals.append(tr("business value %1").arg(check.businessValue));
    if (check.unestimatedStories > 0)
        totals.append(tr("%n not estimated", "", check.unestimatedStories));
    add(Style::Meta, totals.join(u"  ·  "_s), PaperText::Muted, slice);
    for (const QString &warning : std::as_const(warnings))
        add(Style::Note, u"⚠ "_s + warning, Caution, slice);

    // The stories by activity, in the order of the journey; an empty activity says so.
    for (ActivityId activity : document.activities()) {
        QStringList stories;
        for (StepId step : document.steps(activity)) {
            for (StoryId storyId : document.stories(step)) {
                const Story story = document.story(storyId);
                if (story.releaseId == id)
                    stories.append(
                        (story.status == StoryStatus::Done ? u"✓ "_s : QString()) + name(story.title));
            }
        }
        const QString label = name(document.activity(activity).title);
        if (!stories.isEmpty())
            add(Style::Row, stories.join(u"  ·  "_s), PaperText::Ink, slice, 0, label);
        else if (check.inheritedActivities.contains(activity))
            add(Style::Row, tr("nothing new: delivered in an earlier slice"), PaperText::Muted,
                slice, 0, label);
        else
            add(Style::Row, tr("no story: users cannot do this yet"), Bad, slice, 0, label);
    }

    for (IncrementId inc : increments) {
        const Increment increment = document.increment(inc);
        QString text = tr("Delivered %1: %n story(s).", "", int(document.incrementStories(inc).size()))
                           .arg(longDate(increment.date));
        // What the pipeline delivered: "v1.4.0 · a1b2c3d · production".
        if (const QString pipeline = pipelineSummary(increment); !pipeline.isEmpty())
            text += u' ' + tr("Shipped %1.").arg(PaperText::bounded(pipeline, PaperTextLength, &m_shortened));
        if (!increment.note.trimmed().isEmpty())
            text += u' ' + PaperText::bounded(increment.note.trimmed(), PaperTextLength, &m_shortened);
        const QList<FeedbackId> feedback = document.incrementFeedback(inc);
        if (!feedback.isEmpty()) {
            int scored = 0;
            int sum = 0;
            for (FeedbackId f : feedback) {
                if (const auto score = document.feedback(f).score) {
                    ++scored;
                    sum += *score;
                }
            }
            text += u' '
                + (scored > 0 ? tr("Customer feedback: %n response(s), average score %1 of 5.", "",
                                    int(feedback.size()))
                                    .arg(QLocale().toString(double(sum) / scored, 'f', 1))
                              : tr("Customer feedback: %n response(s).", "", int(feedback.size())));
        }
        add(Style::Note, text, PaperText::Ink, slice, int(text.indexOf(u':') + 1));
    }
}

int ReleasePlanRenderer::paginate(const QPaintDevice *device, const QSizeF &body)
{
    m_pages.clear();
    m_pages.emplace_back();
    const qreal unit = device->logicalDpiY() / 72.0;
    m_labelWidth = LabelWidth * unit;
    qreal y = 0;
    int lastSlice = -1;
    auto newPage = [&] {
        m_pages.emplace_back();
        y = 0;
        lastSlice = -1;
    };
    for (int i = 0; i < int(m_paragraphs.size()); ++i) {
        Paragraph &p = m_paragraphs[size_t(i)];
        const StyleSpec style = spec(int(p.style));
        const QFont font = PaperText::font(style.points, device, style.bold);
        const qreal indent = TextIndent * unit + (p.label.isEmpty() ? 0 : m_labelWidth);
        p.layout = std::make_unique<QTextLayout>(PaperText::prepared(p.text), font, device);
        if (p.boldPrefix > 0) {
            QTextLayout::FormatRange bold;
            bold.start = 0;
            bold.length = p.boldPrefix;
            bold.format.setFontWeight(QFont::Bold);
            p.layout->setFormats({ bold });
        }
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        p.layout->setTextOption(option);
        p.layout->beginLayout();
        for (QTextLine line = p.layout->createLine(); line.isValid(); line = p.layout->createLine()) {
            line.setLineWidth(std::max<qreal>(body.width() - indent, 1));
            line.setPosition(QPointF(0, 0)); // placed one by one, possibly on different pages
        }
        p.layout->endLayout();

        const qreal lineHeight = QFontMetricsF(font, device).height();
        if (y > 0) {
            y += style.spaceBefore * unit;
            // A slice starts on a new page rather than with its name alone at the bottom; a
            // row starts where at least its first two lines fit.
            const qreal keep = p.style == Style::Heading ? body.height() * 0.25 : 2 * lineHeight;
            if (y + keep > body.height())
                newPage();
        }
        for (int l = 0; l < p.layout->lineCount(); ++l) {
            const qreal h = p.layout->lineAt(l).height();
            if (y > 0 && y + h > body.height())
                newPage();
            Page &page = m_pages.back();
            page.lines.append({ i, l, QPointF(indent, y) });
            if (p.slice >= 0) {
                if (p.slice != lastSlice || page.bars.isEmpty())
                    page.bars.append({ p.slice, y, y + h });
                else
                    page.bars.last().bottom = y + h;
                lastSlice = p.slice;
            }
            y += h;
        }
    }
    return int(m_pages.size());
}

void ReleasePlanRenderer::paintPage(QPainter *painter, int page, const QPointF &topLeft) const
{
    if (page < 0 || page >= int(m_pages.size()))
        return;
    const qreal unit = painter->device()->logicalDpiY() / 72.0;
    const Page &content = m_pages[size_t(page)];
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Bar &bar : content.bars) {
        painter->fillRect(QRectF(topLeft + QPointF(0, bar.top),
                              QSizeF(BarWidth * unit, bar.bottom - bar.top)),
            m_sliceColors.value(bar.slice, PaperText::Border));
    }
    for (const Placed &placed : content.lines) {
        const Paragraph &p = m_paragraphs[size_t(placed.paragraph)];
        const QPointF at = topLeft + placed.at;
        if (placed.line == 0 && !p.label.isEmpty()) {
            const QFont labelFont
                = PaperText::font(spec(int(p.style)).points, painter->device(), true);
            const QFontMetricsF metrics(labelFont, painter->device());
            painter->setFont(labelFont);
            painter->setPen(PaperText::Ink);
            painter->drawText(at + QPointF(-m_labelWidth, metrics.ascent()),
                metrics.elidedText(
                    PaperText::prepared(p.label), Qt::ElideRight, m_labelWidth - 8 * unit));
        }
        painter->setPen(p.color);
        p.layout->lineAt(placed.line).draw(painter, at);
    }
    painter->restore();
}

QString ReleasePlanRenderer::allText() const
{
    QString all;
    for (const Paragraph &p : m_paragraphs)
        all += p.label + p.text;
    return all;
}

} // namespace Valuemap
